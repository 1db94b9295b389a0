package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "strike": a deal struck, a ruling struck down and a target struck; sentences written for the test. */
class StrikeSensesTest {
    @Test
    void aDealStruckIsNoAttackEvenWithNobodyNamedWithIt() {
        assertTrue(EventFixture.extract("The Kenyan government struck a deal for new gas supplies.").ofRoot("19").isEmpty());
        assertEquals("057", EventFixture.extract("Kenya struck a trade deal with Somalia on Monday.").only("05").cameo());
    }

    @Test
    void whatIsStruckDownIsAnnulledNotBombed() {
        assertTrue(EventFixture.extract("Kenya's Supreme Court struck down Somalia's claim to the oil blocks.")
                .ofRoot("19").isEmpty());
        assertEquals("195", EventFixture.extract("Kenyan jets struck Somali militia positions on Friday.").only("19").cameo());
    }
}
