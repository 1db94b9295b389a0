package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** "Iran-backed X": the backer supports X, on sentences written for the test. */
class BackingModifiersTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String ETHIOPIA = "Q115";

    @Test
    void aStateBackedActorIsSupportedByTheState() {
        Event e = EventFixture.extract("Kenya-backed Somali troops entered Kismayo. Somalia welcomed them.")
                .ofRoot("07").stream().findFirst().orElseThrow();
        assertEquals("070", e.cameo());
        assertTrue(e.agents().contains(KENYA) && e.recipients().contains(SOMALIA), e.toString());
    }

    @Test
    void armedAndFundedSayWhichAid() {
        assertEquals("072", EventFixture.extract("Kenya-armed Somali militias attacked the town.").only("07").cameo());
        assertEquals("071", EventFixture.extract("Kenya-funded Somali militias attacked the town.").ofRoot("07").stream()
                .findFirst().map(Event::cameo).orElse("none"));
    }

    @Test
    void aParticipleWithoutABackerIsNoEvent() {
        assertTrue(EventFixture.extract("Well-armed Somali militias attacked the town.").ofRoot("07").isEmpty());
    }

    @Test
    void theBackedAreTheModifiedNounsActorsNotItsConjuncts() {
        Event e = EventFixture.extract("Fighting between Kenya-backed Somali militias and Ethiopia continued on Monday.")
                .ofRoot("07").stream().findFirst().orElseThrow();
        assertTrue(e.recipients().contains(SOMALIA), e.toString());
        assertTrue(!e.recipients().contains(ETHIOPIA), "Kenya backs the militias, not Ethiopia: " + e);
    }
}
