package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "The two countries", "both nations", "the two leaders" for the pair just named; sentences written for the test. */
class PairReferenceEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void theTwoCountriesAreThePairNamedBefore() {
        EventFixture.Result r = EventFixture.extract("Kenya and Somalia met on Monday. The two countries signed a trade deal.");
        r.get("05", KENYA, SOMALIA);
        r.get("05", SOMALIA, KENYA);
    }

    @Test
    void bothLeadersAreTheTwoPeopleNamedBefore() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto praised Somali President Hassan Sheikh Mohamud. "
                + "Both leaders signed a trade deal on Monday.");
        r.get("05", KENYA, SOMALIA);
    }

    @Test
    void twoCountriesWithoutTheArticleAreAnyTwo() {
        EventFixture.Result r = EventFixture.extract("Kenya and Somalia met on Monday. Two countries signed a trade deal with Ethiopia.");
        assertTrue(r.ofRoot("05").isEmpty(), r.events().toString());
    }
}
