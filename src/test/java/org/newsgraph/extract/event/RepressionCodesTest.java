package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Force used on protesters is repression (175), not war (19), on sentences written for the test. */
class RepressionCodesTest {
    private static final String KENYA = "Q114";

    @Test
    void forceUsedOnProtestersIsRepression() {
        EventFixture.Result r = EventFixture.extract("Kenyan police killed three protesters in Nairobi on Friday.");
        assertEquals("175", r.only("17").cameo());
        assertTrue(r.ofRoot("19").isEmpty(), r.events().toString());
    }

    @Test
    void dispersingProtestersIsRepression() {
        EventFixture.Result r = EventFixture.extract("Kenyan police dispersed the protesters with tear gas.");
        assertEquals("175", r.only("17").cameo());
    }

    @Test
    void aCrackdownOnProtestersIsRepression() {
        EventFixture.Result r = EventFixture.extract("Kenya launched a brutal crackdown on Kenyan protesters.");
        assertEquals("175", r.only("17").cameo());
        assertTrue(r.only("17").agents().contains(KENYA), r.events().toString());
        // on anything else it stays coercion of no more precise kind
        assertEquals("170", EventFixture.extract("Kenya's crackdown on Somali traders continued.").only("17").cameo());
    }

    @Test
    void forceUsedOnSoldiersStaysAnAttack() {
        EventFixture.Result r = EventFixture.extract("Kenyan troops killed three Somali soldiers near the border.");
        assertTrue(r.ofRoot("17").isEmpty(), r.events().toString());
        assertEquals(1, r.ofRoot("19").size(), r.events().toString());
    }

    @Test
    void protestersOccupyingBuildingsProtestViolently() {
        EventFixture.Result r = EventFixture.extract("Kenyan protesters stormed and occupied the offices of the Kenyan "
                + "president William Ruto on Friday.");
        assertTrue(r.ofRoot("19").isEmpty(), r.events().toString());
        assertEquals("145", r.ofRoot("14").get(0).cameo(), r.events().toString());
    }
}
