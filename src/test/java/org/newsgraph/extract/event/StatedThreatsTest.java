package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;

/** Vowing or saying that one's own side will use force is a threat (13x), coded conditional. */
class StatedThreatsTest {
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";

    @Test
    void aVowToFightIsAThreatWithMilitaryForce() {
        Event threat = EventFixture.extract("Chile pledged to fight Peru until the end.").get("13", CHILE, PERU);
        assertEquals("138", threat.cameo());
        assertEquals(Modality.CONDITIONAL, threat.modality());
    }

    @Test
    void sayingThatOnesStateWouldAttackIfProvokedIsAThreat() {
        Event threat = EventFixture.extract("Chile said it would attack Peru if provoked.").get("13", CHILE, PERU);
        assertEquals("138", threat.cameo());
    }

    @Test
    void aThreatOfAnActNoDictionaryCodesIsAimedAtWhomTheActIsFor() {
        // cutting gas supplies is no event of the dictionaries; the threat is still Chile's against Peru
        Event threat = EventFixture.extract("Chile threatened to cut gas supplies to Peru.").get("13", CHILE, PERU);
        assertEquals("130", threat.cameo());
        assertEquals(1, EventFixture.extract("Chile threatened to sue Peru over the fishing rights.").ofRoot("13").size());
        // a warning announces what may happen, often no act of the warner's
        assertEquals(0, EventFixture.extract("Chile warned of floods in Peru.").ofRoot("13").size());
    }

    @Test
    void aNameTheRecogniserTaggedInPartIsTheDoerOfTheThreat() {
        // only "5-Star" is a name to the recogniser; "Movement" (or "movement", the last word of its name) heads it
        EventFixture.Result r = EventFixture.extract("The 5-Star Movement threatened to withdraw its support for "
                + "Prime Minister Mario Draghi. The populist 5-Star movement threatened to withdraw its support for Chile.");
        assertEquals(2, r.ofRoot("13").stream().filter(e -> e.agents().contains("Q47817")).count(), r.events().toString());
    }

    @Test
    void aThreatWordCodesTheThreatOnce() {
        assertEquals(1, EventFixture.extract("Chile threatened to attack Peru.").ofRoot("13").size());
    }

    @Test
    void warningThatOnesOwnStateWillUseForceIsAThreatEvenWithoutACondition() {
        Event threat = EventFixture.extract("Chile warned that it would destroy Peru.").get("13", CHILE, PERU);
        assertEquals("138", threat.cameo());
        assertEquals(Modality.CONDITIONAL, threat.modality());
    }

    @Test
    void warningThatAnotherStateWillUseForceIsNoThreatOfTheWarners() {
        assertEquals(0, EventFixture.extract("Bolivia warned that Chile would attack Peru.").ofRoot("13").size());
    }

    @Test
    void aThreatOfWhatIsNoEventIsAimedAtTheDoerOfItsCondition() {
        Event threat = EventFixture.extract("Chile threatened to close its ports if Peru imposes new tariffs.")
                .get("13", CHILE, PERU);
        assertEquals("130", threat.cameo());
    }

    @Test
    void aWarningThatOnesOwnSideWillActIfAnotherDoesIsAThreatAimedAtTheOther() {
        EventFixture.extract("Chile warned that it would respond if Peru imposes new tariffs.").get("13", CHILE, PERU);
        // the condition is no event: its subject is the one deterred
        EventFixture.extract("Chile warned that it would respond if Peru joins the alliance.").get("13", CHILE, PERU);
        EventFixture.extract("Chile threatened to respond if Peru joins the alliance.").get("13", CHILE, PERU);
    }

    @Test
    void aWarningOfWhatAnotherWillSufferIsNoThreatOfTheWarners() {
        EventFixture.Result r = EventFixture.extract("Bolivia warned that drivers would face delays if Peru closes the border.");
        assertEquals(0, r.ofRoot("13").size(), r.events().toString());
    }

    @Test
    void aConditionWhoseVerbTheTaggerTookForANounStillNamesWhomTheThreatDeters() {
        // "if Peru attacks": tagged a plural noun, "Peru attacks" was one noun phrase and the clause had no subject
        EventFixture.extract("Chile threatened to kill the hostages if Peru attacks.").get("13", CHILE, PERU);
    }
}
