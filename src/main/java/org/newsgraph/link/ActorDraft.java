package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Span;

/** An actor being assembled from the mentions of one article. */
final class ActorDraft {
    final String id;
    final ActorType type;
    String label;
    final Set<String> names = new LinkedHashSet<>();
    String wikidata;
    String position;
    String represents;
    String partOf;
    String memberOf;
    double confidence = 1.0;
    final List<Span> mentions = new ArrayList<>();

    ActorDraft(String id, ActorType type, String label) {
        this.id = id;
        this.type = type;
        this.label = label;
    }

    void addName(String name) {
        if (name != null && !name.isBlank()) names.add(name.strip());
    }

    Actor toActor() {
        Set<String> alternatives = new LinkedHashSet<>(names);
        alternatives.remove(label);
        return new Actor(id, type, label, alternatives, wikidata, position, represents, partOf, memberOf,
                confidence, mentions);
    }
}
