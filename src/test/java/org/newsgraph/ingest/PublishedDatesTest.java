package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2023-04-20", " 2023-04-20 ", "2023-04-20T23:30:00-05:00", "2023-04-20T10:15:00Z",
            "2023-04-20 10:15", "2023-4-20", "Thu, 20 Apr 2023 23:30:00 GMT"})
    void keepsTheDateAsWritten(String raw) {
        assertEquals(LocalDate.of(2023, 4, 20), PublishedDates.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"April 2023", "20/04/2023", "2023-02-30", "yesterday", ""})
    void rejectsOtherForms(String raw) {
        assertThrows(DateTimeParseException.class, () -> PublishedDates.parse(raw));
    }
}
