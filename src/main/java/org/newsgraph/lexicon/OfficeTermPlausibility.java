package org.newsgraph.lexicon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How well a date fits an office term. Where the source gives the day of a change of office it is used.
 * Where it gives the year only and the term starts or ends in the date's own year, the change is assumed
 * to fall on 1 July, the middle of the year: a date before it fits the outgoing holder, a date from it on
 * the incoming one. Terms starting or ending in other years cover the date's year whole.
 */
public final class OfficeTermPlausibility {
    private OfficeTermPlausibility() {
    }

    /** Days between the date and the assumed term; 0 when the assumed term contains the date. */
    public static long daysOutside(Office office, LocalDate date) {
        LocalDate midYear = LocalDate.of(date.getYear(), 7, 1);
        LocalDate assumedStart = office.startDate() != null ? office.startDate()
                : office.startYear() != null && office.startYear() == date.getYear() ? midYear
                : office.startYear() != null && office.startYear() > date.getYear() ? LocalDate.of(office.startYear(), 1, 1)
                : LocalDate.MIN;
        LocalDate assumedEnd = office.endDate() != null ? office.endDate()
                : office.endYear() != null && office.endYear() == date.getYear() ? midYear
                : office.endYear() != null && office.endYear() < date.getYear() ? LocalDate.of(office.endYear(), 12, 31)
                : LocalDate.MAX;
        if (date.isBefore(assumedStart)) return ChronoUnit.DAYS.between(date, assumedStart);
        if (date.isAfter(assumedEnd)) return ChronoUnit.DAYS.between(assumedEnd, date);
        return 0;
    }
}
