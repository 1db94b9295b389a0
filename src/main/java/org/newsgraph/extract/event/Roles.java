package org.newsgraph.extract.event;

import java.util.List;

/**
 * The actors found for one event, by role.
 *
 * @param viaPronoun some role was filled through a pronoun or inherited from another word, which
 *                   makes the event less certain
 */
record Roles(List<String> agents, List<String> targets, List<String> recipients, boolean viaPronoun) {
    Roles {
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        recipients = List.copyOf(recipients);
    }

    boolean hasOtherSide() {
        return !targets.isEmpty() || !recipients.isEmpty();
    }
}
