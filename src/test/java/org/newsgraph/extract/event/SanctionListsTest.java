package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;

/** Placing someone on a sanctions list sanctions them, by whoever keeps the list; sentences written for the test. */
class SanctionListsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void placingOnAListOfSanctionsIsASanctionByItsKeeper() {
        EventFixture.extract("Kenya placed Somalia on its sanctions list.").get("16", KENYA, SOMALIA);
        EventFixture.extract("Kenya added Somalia to its blacklist on Monday.").get("16", KENYA, SOMALIA);
        Event passive = EventFixture.extract("Somalia was placed on the sanctions list of the Kenyan Treasury.").only("16");
        assertEquals("163", passive.cameo());
        assertTrue(passive.targets().contains(SOMALIA), passive.toString());
        assertTrue(passive.agents().contains(KENYA), passive.toString());
    }

    @Test
    void anyOtherListIsNone() {
        EventFixture.Result r = EventFixture.extract("Kenya placed Somalia on its waiting list.");
        assertTrue(r.ofRoot("16").isEmpty(), r.events().toString());
    }

    @Test
    void theSameNationalityAndTheArticleNamesThePersonDescribed() {
        // news vary the noun of a description, not the nationality: "a Somali man" … "the Somali arms dealer"
        EventFixture.Result r = EventFixture.extract("Kenya exposed Peter Otieno, a 56-year-old Somali man, on Monday. "
                + "Kenya placed the Somali arms dealer on its sanctions list.");
        String otieno = r.actors().actors().stream().filter(a -> a.label().equals("Peter Otieno")).map(Actor::id)
                .findFirst().orElseThrow(() -> new AssertionError(r.actors().actors()));
        r.get("16", KENYA, otieno);
    }
}
