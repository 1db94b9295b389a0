package org.newsgraph.extract.event;

import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.model.ResolvedActors;

/**
 * Acts among private persons alone are no events of this graph: "Stewart will support Sloot in any
 * decision", "Ralph thanked Brunson", "Garten came to the Sheetz", "he offered me condolences". CAMEO
 * codes what states, their agents and organized bodies do to one another; someone with no state,
 * organization, body or title behind them, acting on no one but such persons or on nobody, is news of
 * another kind. A private person who acts on a state or body ("the singer will never come to Austria",
 * "the analyst criticized North Korea") keeps the event.
 */
final class PrivateAffairs {
    private PrivateAffairs() {
    }

    static void drop(List<EventDraft> drafts, ResolvedActors actors) {
        drafts.removeIf(d -> !d.agents.isEmpty()
                && Stream.concat(d.agents.stream(), d.otherSide().stream())
                        .allMatch(id -> ForceReadings.isPrivateUntitled(id, actors)));
    }
}
