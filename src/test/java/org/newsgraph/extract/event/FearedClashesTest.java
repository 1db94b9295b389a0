package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Modality;

/** A clash that may come between two parties is nobody's act; sentences written for the test. */
class FearedClashesTest {
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";

    @Test
    void aPossibleConflictBetweenTwoPartiesIsNoEvent() {
        EventFixture.Result r = EventFixture.extract("Such a move could lead to a direct conflict between Chile and Peru.");
        assertTrue(r.find("19", CHILE, PERU).isEmpty(), r.events().toString());
        assertTrue(r.find("19", PERU, CHILE).isEmpty(), r.events().toString());
    }

    @Test
    void aConflictThatHappenedStaysInBothDirections() {
        EventFixture.Result r = EventFixture.extract("The war between Chile and Peru killed thousands.");
        r.get("19", CHILE, PERU);
        r.get("19", PERU, CHILE);
    }

    @Test
    void aPossibleMeetingBetweenTwoPartiesStays() {
        EventFixture.Result r = EventFixture.extract("Chile and Peru could hold talks next month.");
        assertEquals(Modality.HYPOTHETICAL, r.get("04", CHILE, PERU).modality());
    }
}
