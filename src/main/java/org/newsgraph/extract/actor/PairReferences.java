package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;

/**
 * "Kenya and Somalia met on Monday. The two countries signed a deal": "the two countries", "both
 * nations", "the two leaders" stand for the last two actors of their kind named before them, in
 * their sentence or the one before (news names the pair, then refers to it so). "Both sides" is
 * left alone: it is as often the two sides of an argument ("of the aisle") as two parties; so are
 * "the two men", as often two victims or suspects as two leaders.
 */
final class PairReferences {
    private static final Set<ActorType> STATES = Set.of(ActorType.STATE);
    private static final Set<ActorType> PEOPLE = Set.of(ActorType.PERSON);
    private static final Map<String, Set<ActorType>> KINDS = Map.of(
            "countries", STATES, "nations", STATES, "states", STATES, "governments", STATES,
            "neighbors", STATES, "neighbours", STATES,
            "leaders", PEOPLE, "presidents", PEOPLE);
    private static final String SIDES = "sides";

    private final ResolvedActors actors;

    PairReferences(ResolvedActors actors) {
        this.actors = actors;
    }

    List<String> resolve(ParsedSentence s, int word) {
        String noun = s.token(word).word().toLowerCase(Locale.ROOT);
        // "the two countries", not "two countries" (any two)
        boolean two = s.hasChildWord(word, "nummod", "two") && s.hasChildWord(word, "det", "the");
        boolean both = s.hasChildWord(word, "det", "both");
        Set<ActorType> kinds = KINDS.get(noun);
        if (noun.equals(SIDES) && two) kinds = Set.of(ActorType.STATE, ActorType.ORGANIZATION);
        if (kinds == null || !two && !both) return List.of();
        Set<ActorType> wanted = kinds;
        int sentence = s.sentence().index();
        List<String> pair = new ArrayList<>();
        actors.mentionsBefore(s.token(word).begin()).stream()
                .filter(m -> m.sentence() >= sentence - 1)
                .map(m -> actors.actor(m.actorId()))
                .flatMap(java.util.Optional::stream)
                .filter(a -> wanted.contains(a.type()) && !a.id().startsWith(org.newsgraph.model.ActorIds.GROUP_PREFIX))
                .map(Actor::id)
                .forEach(id -> {
                    if (pair.size() < 2 && !pair.contains(id)) pair.add(id);
                });
        return pair.size() == 2 ? pair : List.of();
    }
}
