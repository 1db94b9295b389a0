package org.newsgraph.extract.event;

import java.time.LocalDate;

/**
 * When an event happens, as precisely as the text says.
 *
 * @param date      the day, or the first day of the month or year
 * @param precision "day", "month" or "year"
 */
record EventDate(LocalDate date, String precision) {
    /** True when this date lies after {@code reference} at this date's precision (a later month, …). */
    boolean isAfter(LocalDate reference) {
        return switch (precision) {
            case "year" -> date.getYear() > reference.getYear();
            case "month" -> date.withDayOfMonth(1).isAfter(reference.withDayOfMonth(1));
            default -> date.isAfter(reference);
        };
    }
}
