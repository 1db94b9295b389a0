package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;

/** A request someone answers was made to the one who answers it; answering does not undo the asking. */
class AnsweredRequestsTest {
    private static final String KENYA = "Q114";
    private static final String CHILE = "Q298";
    private static final String PERU = "Q419";

    @Test
    void aDeclinedRequestWasMadeToWhoeverDeclinedIt() {
        Event request = EventFixture.extract("The Chilean government declined Peru's request for a joint inquiry.")
                .get("02", PERU, CHILE);
        assertEquals(Modality.ASSERTED, request.modality());
    }

    @Test
    void aRequestRejectedInThePassiveWasMadeToTheRejecter() {
        EventFixture.extract("Kenya's request for more time was rejected by Chile on Monday.").get("02", KENYA, CHILE);
    }
}
