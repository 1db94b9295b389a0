package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates as inputs write them: a date, an ISO date-time or an HTTP-style date.
 * A date-time keeps the date as written, in the publisher's own time zone: converting to UTC would
 * move late-evening articles to the next day.
 */
final class PublishedDates {
    private static final Pattern ISO_DATE_PREFIX =
            Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");

    private PublishedDates() {
    }

    /**
     * @throws DateTimeParseException when {@code raw} is not one of the accepted forms
     */
    static LocalDate parse(String raw) {
        String value = raw.strip();
        Matcher iso = ISO_DATE_PREFIX.matcher(value);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException("no such day: " + e.getMessage(), value, 0);
            }
        }
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    }

    /** The message users see when the date {@code raw} of {@code field} is rejected. */
    static String rejection(String field, String raw) {
        return field + " \"" + raw + "\" is not a date; the article gets no date. Write it as YYYY-MM-DD or an"
                + " ISO date-time such as 2023-04-20T10:15:00Z";
    }
}
