package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** "We" in a leader's quotation: the leader and the leader's state act, as one side; sentences written for the test. */
class SpeakerSideEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String RUTO = "Q195725";

    @Test
    void weInALeadersQuotationIsTheLeaderAndTheState() {
        Event support = EventFixture.extract("\"We stand with Somalia,\" Kenyan President William Ruto said on Monday.")
                .get("05", KENYA, SOMALIA);
        assertTrue(support.agents().contains(RUTO), support.toString());
    }

    @Test
    void aLeaderAndTheStateTheyRepresentAreNoPartnersOfAMutualEvent() {
        EventFixture.Result r = EventFixture.extract("\"We want to hold talks soon,\" Kenyan President William Ruto said on Monday.");
        assertTrue(r.ofRoot("04").isEmpty(), r.events().toString());
    }
}
