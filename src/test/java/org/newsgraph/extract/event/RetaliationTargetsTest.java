package org.newsgraph.extract.event;

import org.junit.jupiter.api.Test;

/** An act done in response to or in retaliation for another is aimed at whoever did that one. */
class RetaliationTargetsTest {
    private static final String KENYA = "Q114";
    private static final String UGANDA = "Q1036";
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";

    @Test
    void aShowOfForceInResponseToATestIsAimedAtWhoeverTested() {
        EventFixture.extract("In response to Peru's missile test, Chile launched several warning missiles on Monday.")
                .get("15", CHILE, PERU);
    }

    @Test
    void anExpulsionInRetaliationIsAimedAtWhoeverImposedTheSanctions() {
        EventFixture.extract("Kenya expelled two diplomats in retaliation for Uganda’s new trade sanctions.")
                .get("16", KENYA, UGANDA);
    }

    @Test
    void anActInTheWakeOfAnotherIsAimedAtItsDoer() {
        EventFixture.extract("Chile launched several missiles in the wake of Peruvian missile launches.")
                .get("15", CHILE, PERU);
    }
}
