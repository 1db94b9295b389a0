package org.newsgraph.store.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days a date of some precision covers: one day, a month or a year. Null bounds mean unknown. */
public record DateSpan(LocalDate first, LocalDate last) {
    public static final DateSpan UNKNOWN = new DateSpan(null, null);

    /** The span of an ng:date with its ng:datePrecision ("day", "month", "year"; null means day). */
    public static DateSpan of(LocalDate date, String precision) {
        if (date == null) return UNKNOWN;
        if ("year".equals(precision)) return new DateSpan(date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()));
        if ("month".equals(precision)) return new DateSpan(date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()));
        return new DateSpan(date, date);
    }

    public boolean isKnown() {
        return first != null;
    }

    /** Days between the two spans, 0 when they overlap; unknown spans are never near. */
    public boolean isWithin(DateSpan other, int days) {
        if (!isKnown() || !other.isKnown()) return false;
        if (!last.isBefore(other.first) && !other.last.isBefore(first)) return true;
        long gap = last.isBefore(other.first) ? ChronoUnit.DAYS.between(last, other.first)
                : ChronoUnit.DAYS.between(other.last, first);
        return gap <= days;
    }
}
