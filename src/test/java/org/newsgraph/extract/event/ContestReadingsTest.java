package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Winning and facing an opponent are force only where arms are about; sentences written for the test. */
class ContestReadingsTest {
    @Test
    void gamesAndElectionsAreNoForce() {
        assertTrue(EventFixture.extract("France defeated Poland 3-1 to advance to the quarterfinals.").events().isEmpty());
        assertTrue(EventFixture.extract("Ruto is the best candidate to beat Hassan Sheikh Mohamud in 2027.").events().isEmpty());
        assertTrue(EventFixture.extract("Ruto faces Kalonzo Musyoka in the general election.").events().isEmpty());
    }

    @Test
    void aDefeatInBattleIsForce() {
        EventFixture.Result r = EventFixture.extract("Kenya's army defeated Somalia's forces in a battle near the border.");
        assertTrue(r.ofRoot("19").stream().anyMatch(e -> e.agents().stream().anyMatch(a -> a.contains("Q114"))), r.events().toString());
    }
}
