package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.WordList;

/** Who reports an event, and whether the reporter speaks for the event's actors. */
final class SpeakerSides {
    private static final int MAX_CLIMB = 5;

    private final WordList reportingVerbs;

    SpeakerSides(WordList reportingVerbs) {
        this.reportingVerbs = reportingVerbs;
    }

    /** The subject of the verb of saying whose clause holds the event: "he indicated that Seoul could …". */
    Optional<String> reporter(EventDraft event, RoleFinder roles) {
        ParsedSentence s = event.sentence;
        int node = event.trigger;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return Optional.empty();
            int governor = parent.get().governor();
            String r = parent.get().relation();
            if ((r.equals("ccomp") || r.equals("parataxis")) && reportingVerbs.contains(s.token(governor).lemma())) {
                return roles.subjectOf(s, governor).stream().findFirst();
            }
            node = governor;
        }
        return Optional.empty();
    }

    /** The speaker is one of the actors, or they share the state one represents or belongs to. */
    static boolean speaksFor(String speaker, List<String> actorIds, ResolvedActors actors) {
        List<String> speakerSide = side(speaker, actors);
        for (String id : actorIds) {
            if (side(id, actors).stream().anyMatch(speakerSide::contains)) return true;
        }
        return false;
    }

    private static List<String> side(String actorId, ResolvedActors actors) {
        List<String> side = new ArrayList<>(List.of(actorId));
        actors.actor(actorId).ifPresent(a -> {
            side.add(a.represents());
            side.add(a.partOf());
        });
        return side.stream().filter(Objects::nonNull).toList();
    }
}
