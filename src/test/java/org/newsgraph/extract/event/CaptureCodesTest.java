package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Capturing or seizing people is detention (173); seizing things stays 171; holding things is no coercion. */
class CaptureCodesTest {
    private static final String BRAZIL = "Q155";
    private static final String CHILE = "Q298";

    @Test
    void capturingSoldiersIsDetention() {
        assertEquals("173", EventFixture.extract("Brazilian forces captured dozens of Chilean soldiers on Monday.")
                .only("17").cameo());
    }

    @Test
    void peopleCapturedInThePassiveAreDetained() {
        assertEquals("173", EventFixture.extract("Several Chilean conscripts were captured by Brazil on Monday.")
                .get("17", BRAZIL, CHILE).cameo());
    }

    @Test
    void seizingAShipIsSeizingProperty() {
        assertEquals("171", EventFixture.extract("Brazil seized a Chilean oil tanker on Monday.")
                .get("17", BRAZIL, CHILE).cameo());
    }

    @Test
    void holdingAThingIsNoCoercion() {
        assertTrue(EventFixture.extract("A state dinner for Peru was held by Brazil's president in the palace.")
                .ofRoot("17").isEmpty());
        assertEquals(1, EventFixture.extract("Brazilian police held three Chilean journalists for two days.").ofRoot("17").size());
    }

    @Test
    void takingPrisonersIsDetentionTakingHostagesAbduction() {
        assertEquals("173", EventFixture.extract("Some Chilean conscripts were taken prisoner by Brazilian forces.")
                .get("17", BRAZIL, CHILE).cameo());
        assertEquals("181", EventFixture.extract("Brazilian rebels took Chilean diplomats hostage on Monday.")
                .only("18").cameo());
    }
}
