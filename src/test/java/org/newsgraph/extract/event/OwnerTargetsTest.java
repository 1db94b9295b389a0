package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/**
 * An act on a thing that names no actor is an act against the thing's owner, unless the agent owns it;
 * a weapon acts for its owner.
 */
class OwnerTargetsTest {
    private static final String BRAZIL = "Q155";
    private static final String CHILE = "Q298";
    private static final String BRITAIN = "Q145";

    @Test
    void anAttackOnAStatesInfrastructureTargetsTheState() {
        EventFixture.extract("Brazil attacked Chile's energy infrastructure on Monday.").get("19", BRAZIL, CHILE);
    }

    @Test
    void aThingNamedWithADemonymBelongsToThatState() {
        EventFixture.extract("Brazil seized a British oil tanker on Monday.").get("17", BRAZIL, BRITAIN);
    }

    @Test
    void aWeaponActsForTheStateItBelongsTo() {
        EventFixture.extract("Brazilian missiles hit Chile's power grid on Monday.").get("19", BRAZIL, CHILE);
        EventFixture.extract("Brazil's drones attacked a Chilean air base.").get("19", BRAZIL, CHILE);
    }

    @Test
    void whatTheAgentOwnsIsNoOtherSide() {
        Event attack = EventFixture.extract("Brazil attacked its own border posts on Monday.").only("19");
        assertFalse(attack.targets().contains(BRAZIL), attack.toString());
    }

    @Test
    void theOfficesOfANamedBodyAreThatBodysWhateverPlaceQualifiesThem() {
        Event raid = EventFixture.extract("Sudanese police raided the Khartoum offices of Al Arabiya on Thursday.").only("19");
        assertTrue(raid.targets().contains("Q310172"), raid.toString());
        assertFalse(raid.targets().contains("Q1049"), raid.toString());
    }

    @Test
    void aNameCompoundedInAnAppositiveIsTheOwner() {
        // "his former party, 5-Star movement": the name modifies a common head
        EventFixture.extract("Brazil criticized the decision of its former partner, the NATO alliance.")
                .get("11", BRAZIL, "Q7184");
    }
}
