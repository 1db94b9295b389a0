package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an act is for names whom it is aimed at, when the act names no one itself. */
class PurposeTargetsTest {
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";
    private static final String BOLIVIA = "Q750";

    @Test
    void sanctionsAnnouncedToPunishAStateAreAgainstIt() {
        EventFixture.extract("Chile announced a new sanctions package to punish Peru for its border raids.")
                .get("16", CHILE, PERU);
    }

    @Test
    void anInfinitiveAVerbTakesIsNoPurpose() {
        // "threatened to arm Bolivia to counter Peru": the threat is aimed at Peru, not at the armed
        EventFixture.Result r = EventFixture.extract("Chile threatened to arm Bolivia to counter Peru.");
        assertTrue(r.ofRoot("13").stream().noneMatch(e -> e.targets().contains(BOLIVIA)), r.events().toString());
    }
}
