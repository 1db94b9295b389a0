package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** "The president" for the person last named with that title, on sentences written for the test. */
class TitleAnaphoraEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String RUTO = "Q195725";

    @Test
    void theTitleAloneIsItsLastNamedHolder() {
        Event visit = EventFixture.extract("Kenyan President William Ruto spoke on Monday. The president will travel to Somalia next week.")
                .get("03", KENYA, SOMALIA);
        assertTrue(visit.agents().contains(RUTO), visit.toString());
    }

    @Test
    void aNarrowerTitleNeedsAHolderOfThatTitle() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto spoke on Monday. "
                + "The defence minister will travel to Somalia next week.");
        assertTrue(r.events().stream().noneMatch(e -> e.agents().contains(RUTO)), r.events().toString());
    }
}
