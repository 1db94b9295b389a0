package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Challenging someone in an election is running against them, no disapproval; sentences written for the test. */
class ElectoralContestsTest {
    @Test
    void challengingSomeoneForASeatIsNoDisapproval() {
        for (String text : List.of(
                "Kenyan opposition leader Raila Odinga is challenging incumbent President William Ruto.",
                "Kenyan President William Ruto is being challenged by Raila Odinga, who previously ran for office in 2017.",
                "Kenya's opposition is preparing to challenge William Ruto for the presidential nomination.")) {
            EventFixture.Result r = EventFixture.extract(text);
            assertTrue(r.ofRoot("11").isEmpty(), text + " " + r.events());
        }
    }

    @Test
    void challengingAStateOrSomeonesClaimsOutsideAnElectionIsDisapproval() {
        EventFixture.Result state = EventFixture.extract("Kenya challenged Somalia over its claims in the Indian Ocean.");
        assertTrue(!state.ofRoot("11").isEmpty(), state.events().toString());
        // a claim challenged in a sentence about an election is still disapproval: no one is run against
        EventFixture.Result claims = EventFixture.extract("Kenya challenged Somalia's claims about the election.");
        assertTrue(!claims.ofRoot("11").isEmpty(), claims.events().toString());
    }
}
