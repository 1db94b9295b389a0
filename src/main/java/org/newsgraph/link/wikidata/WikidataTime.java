package org.newsgraph.link.wikidata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wikibase time values ("+2017-05-10T00:00:00Z" with a precision) as days. A value known only to
 * the year or month stands for a period; callers say which end of it they want, so a term "2017 to
 * 2022" covers all of 2017 and all of 2022.
 */
final class WikidataTime {
    private static final Pattern TIME = Pattern.compile("^([+-]?\\d{1,16})-(\\d{2})-(\\d{2})T");
    private static final int PRECISION_DAY = 11;
    private static final int PRECISION_MONTH = 10;

    enum Bound { EARLIEST, LATEST }

    private WikidataTime() {
    }

    /** The day, or null when the value cannot be read (or is outside what LocalDate holds). */
    static LocalDate parse(String time, int precision, Bound bound) {
        Matcher m = TIME.matcher(time);
        if (!m.find()) return null;
        try {
            int year = Integer.parseInt(m.group(1).replace("+", ""));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (precision >= PRECISION_DAY && month > 0 && day > 0) return LocalDate.of(year, month, day);
            if (precision == PRECISION_MONTH && month > 0) {
                YearMonth ym = YearMonth.of(year, month);
                return bound == Bound.EARLIEST ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return bound == Bound.EARLIEST ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
