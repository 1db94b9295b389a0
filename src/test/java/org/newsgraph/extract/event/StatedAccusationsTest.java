package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Modality;

/** "X said Y attacked Z" is an accusation (CAMEO 112) from X to Y, only for hostile acts reported as done by another side. */
class StatedAccusationsTest {
    private static final String FRANCE = "Q142";
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";

    @Test
    void reportingAnotherSidesAttackAccusesIt() {
        EventFixture.Result r = EventFixture.extract("France said that Chile had shelled towns in Peru.");
        assertEquals("112", r.get("11", FRANCE, CHILE).cameo());
    }

    @Test
    void whatSomeoneIsAccusedOfIsNoActTheTextAsserts() {
        EventFixture.Result r = EventFixture.extract("France accused Chile of provoking Peru to attack its neighbours.");
        assertEquals("112", r.get("11", FRANCE, CHILE).cameo());
        r.events().stream().filter(e -> !e.cameo().startsWith("11"))
                .forEach(e -> assertEquals(Modality.HYPOTHETICAL, e.modality(), e.toString()));
        assertEquals(Modality.HYPOTHETICAL, EventFixture.extract("Chile allegedly shelled towns in Peru.")
                .get("19", CHILE, PERU).modality());
    }

    @Test
    void aFutureAttackIsNoAccusation() {
        EventFixture.Result r = EventFixture.extract("France said that Chile will attack Peru.");
        assertTrue(r.find("11", FRANCE, CHILE).isEmpty(), r.events().toString());
    }

    @Test
    void aFriendlyActIsNoAccusation() {
        EventFixture.Result r = EventFixture.extract("France said that Chile had sent food to Peru.");
        assertTrue(r.find("11", FRANCE, CHILE).isEmpty(), r.events().toString());
    }

    @Test
    void aSpeakerReportingItsOwnAttackAccusesNobody() {
        EventFixture.Result r = EventFixture.extract("Chile said that it had attacked Peru.");
        assertTrue(r.ofRoot("11").isEmpty(), r.events().toString());
    }

    @Test
    void whatSomethingIsCalledIsNoOneToAccuse() {
        // "it" is the pact, not the NATO it is likened to
        EventFixture.Result r = EventFixture.extract(
                "France decried the pact as an Asian NATO, accusing it of spreading a Cold War mentality.");
        assertTrue(r.events().stream().noneMatch(e -> e.targets().contains("Q7184")), r.events().toString());
    }

    @Test
    void thePressReportingAnAttackAccusesNobodyAStatesMinistryDoes() {
        EventFixture.Result press = EventFixture.extract("Chilean airstrikes hit targets in Peru on Tuesday, the Associated Press reported.");
        assertTrue(press.ofRoot("11").isEmpty(), press.events().toString());
        EventFixture.Result ministry = EventFixture.extract("The French Defense Ministry reported that Chile had shelled towns in Peru.");
        assertEquals("112", ministry.get("11", FRANCE, CHILE).cameo());
    }
}
