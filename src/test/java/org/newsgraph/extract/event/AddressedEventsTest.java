package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Demands, disapproval and rejections are addressed to someone; sentences written for the test. */
class AddressedEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void criticismOfNobodyNamedIsNoEvent() {
        EventFixture.Result r = EventFixture.extract("Kenya's president again criticized the long delays at the border.");
        assertTrue(r.ofRoot("11").isEmpty(), r.events().toString());
        assertTrue(EventFixture.extract("Kenya's protesters demanded democracy.").ofRoot("10").isEmpty());
    }

    @Test
    void criticismOfSomeoneStays() {
        EventFixture.extract("Kenya criticized Somalia over the border delays.").get("11", KENYA, SOMALIA);
        EventFixture.extract("Kenya demanded that Somalia withdraw its troops.").get("10", KENYA, SOMALIA);
    }
}
