package org.newsgraph.lexicon;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficeTermPlausibilityTest {
    private static Office term(Integer start, Integer end) {
        return new Office("Q1", "Q2", "President of Narnia", "president", start, end);
    }

    @Test
    void aTermCoveringTheWholeYearFitsEveryDate() {
        assertEquals(0, OfficeTermPlausibility.daysOutside(term(2010, 2030), LocalDate.of(2020, 1, 1)));
        assertEquals(0, OfficeTermPlausibility.daysOutside(term(null, null), LocalDate.of(2020, 12, 31)));
    }

    @Test
    void aChangeDuringTheYearIsAssumedOnFirstJuly() {
        Office outgoing = term(2015, 2020);
        Office incoming = term(2020, null);
        LocalDate spring = LocalDate.of(2020, 3, 1);
        LocalDate autumn = LocalDate.of(2020, 10, 1);
        assertEquals(0, OfficeTermPlausibility.daysOutside(outgoing, spring));
        assertTrue(OfficeTermPlausibility.daysOutside(incoming, spring) > 0);
        assertEquals(0, OfficeTermPlausibility.daysOutside(incoming, autumn));
        assertTrue(OfficeTermPlausibility.daysOutside(outgoing, autumn) > 0);
    }
}
