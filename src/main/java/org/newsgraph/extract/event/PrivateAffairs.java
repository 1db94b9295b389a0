package org.newsgraph.extract.event;

import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.NameSpans;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;

/**
 * Acts among private parties alone are no events of this graph: "Stewart will support Sloot in any
 * decision", "Ralph thanked Brunson", "Garten came to the Sheetz", "the Rangers will receive Mark
 * Mathias", "crypto.com admitted to sending $400 million to the wrong account". CAMEO codes what
 * states, their agents and organized bodies do to one another; someone with no state, organization,
 * body or title behind them, and a company, club or society that no source links and that neither
 * the resolver nor its own name ties to a state (by the state's name or people's, not a city's: "the
 * Kenya National Union of Teachers" is Kenya's, "the Nairobi Lions" nobody's),
 * acting on no one but such parties or on nobody, is news of another kind. A private party that acts
 * on a state, a body or someone standing for one keeps the event ("the singer will never come to
 * Austria", "the analyst criticized North Korea", "Starlink will apply for waivers from Iran").
 */
final class PrivateAffairs {
    /** A state's name in an organization's is at most this many words ("South Korea"). */
    private static final int MAX_STATE_WORDS = 3;

    private final Gazetteer gazetteer;

    PrivateAffairs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void drop(List<EventDraft> drafts, ResolvedActors actors) {
        drafts.removeIf(d -> !d.agents.isEmpty()
                && Stream.concat(d.agents.stream(), d.otherSide().stream()).allMatch(id -> isPrivate(id, actors)));
    }

    private boolean isPrivate(String id, ResolvedActors actors) {
        return ForceReadings.isPrivateUntitled(id, actors) || actors.actor(id)
                .map(a -> a.type() == ActorType.ORGANIZATION && !a.isLinked() && a.partOf() == null
                        && a.memberOf() == null && !namesAState(a))
                .orElse(false);
    }

    private boolean namesAState(Actor organization) {
        return NameSpans.of(organization.label(), MAX_STATE_WORDS).stream()
                .anyMatch(span -> gazetteer.state(span).or(() -> gazetteer.stateByDemonym(span)).isPresent());
    }
}
