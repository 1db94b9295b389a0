package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Span;

/**
 * Gives newly linked actors their Wikidata id as actor id and repoints everything that referred to
 * the old id. Two actors of an article that turn out to be one item ("Dmitry Peskov" left unlinked
 * next to a gazetteer link to the same person) become one actor with the names and mentions of both.
 */
final class ActorRelabelling {
    private ActorRelabelling() {
    }

    /** @param links old actor id → its new link; only actors of the same type may meet on one id */
    static ResolvedActors apply(ResolvedActors resolved, Map<String, WikidataLink> links) {
        if (links.isEmpty()) return resolved;
        Map<String, String> newIds = new LinkedHashMap<>();
        links.forEach((oldId, link) -> newIds.put(oldId, link.id()));
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor actor : resolved.actors()) {
            WikidataLink link = links.get(actor.id());
            Actor renamed = repoint(link == null ? actor : linked(actor, link), newIds);
            actors.merge(renamed.id(), renamed, ActorRelabelling::merge);
        }
        List<ResolvedMention> mentions = resolved.mentions().stream()
                .map(m -> new ResolvedMention(m.span(), m.sentence(), newIds.getOrDefault(m.actorId(), m.actorId()),
                        m.kind()))
                .toList();
        return new ResolvedActors(new ArrayList<>(actors.values()), mentions);
    }

    /** The actor under its Wikidata id and label; the names the article used stay as alternatives. */
    private static Actor linked(Actor actor, WikidataLink link) {
        Set<String> names = new LinkedHashSet<>(actor.names());
        names.add(actor.label());
        return new Actor(link.id(), actor.type(), link.label(), names, link.id(), actor.position(),
                actor.represents(), actor.partOf(), actor.memberOf(), link.confidence(), actor.mentions());
    }

    private static Actor repoint(Actor a, Map<String, String> newIds) {
        return new Actor(a.id(), a.type(), a.label(), a.names(), a.wikidata(), a.position(),
                newId(a.represents(), newIds), newId(a.partOf(), newIds), newId(a.memberOf(), newIds),
                a.confidence(), a.mentions());
    }

    private static String newId(String id, Map<String, String> newIds) {
        return id == null ? null : newIds.getOrDefault(id, id);
    }

    /** The first actor's label and fields win; the second fills gaps and adds names and mentions. */
    private static Actor merge(Actor first, Actor second) {
        Set<String> names = new LinkedHashSet<>(first.names());
        names.addAll(second.names());
        names.add(second.label());
        names.remove(first.label());
        List<Span> mentions = new ArrayList<>(first.mentions());
        mentions.addAll(second.mentions());
        mentions.sort(Comparator.comparingInt(Span::begin));
        return new Actor(first.id(), first.type(), first.label(), names, first.wikidata(),
                orElse(first.position(), second.position()), orElse(first.represents(), second.represents()),
                orElse(first.partOf(), second.partOf()), orElse(first.memberOf(), second.memberOf()),
                Math.max(first.confidence(), second.confidence()), mentions);
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
