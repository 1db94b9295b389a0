package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

class EventDateFinderTest {
    private static Optional<EventDate> parse(String value) {
        return EventDateFinder.parse(new Token(0, "x", "x", "NNP", "DATE", value, 0, 1));
    }

    @Test
    void sutimeValuesGiveTheirPrecision() {
        assertEquals(new EventDate(LocalDate.of(2031, 3, 4), "day"), parse("2031-03-04").orElseThrow());
        assertEquals(new EventDate(LocalDate.of(2031, 3, 4), "day"), parse("2031-03-04TNI").orElseThrow());
        assertEquals(new EventDate(LocalDate.of(2022, 2, 1), "month"), parse("2022-02").orElseThrow());
        assertEquals(new EventDate(LocalDate.of(2019, 1, 1), "year"), parse("2019").orElseThrow());
    }

    @Test
    void weeksVagueReferencesAndImpossibleDatesGiveNothing() {
        assertFalse(parse("2031-W10").isPresent());
        assertFalse(parse("PAST_REF").isPresent());
        assertFalse(parse("2031-02-30").isPresent());
        assertFalse(EventDateFinder.parse(new Token(0, "x", "x", "NN", "O", null, 0, 1)).isPresent());
    }

    @Test
    void afterComparesAtThePrecision() {
        LocalDate article = LocalDate.of(2031, 3, 6);
        assertFalse(new EventDate(LocalDate.of(2031, 3, 1), "month").isAfter(article));
        assertTrue(new EventDate(LocalDate.of(2031, 4, 1), "month").isAfter(article));
        assertFalse(new EventDate(LocalDate.of(2031, 1, 1), "year").isAfter(article));
        assertTrue(new EventDate(LocalDate.of(2031, 3, 7), "day").isAfter(article));
    }
}
