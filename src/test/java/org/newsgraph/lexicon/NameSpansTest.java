package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpansTest {
    @Test
    void runsOfWordsByFirstWordLongestFirst() {
        assertEquals(List.of("Royal Australian Air", "Royal Australian", "Royal", "Australian Air Force", "Australian Air",
                "Australian", "Air Force", "Air", "Force"), NameSpans.of(" Royal Australian Air Force", 3));
        assertEquals(List.of("Knesset"), NameSpans.of("Knesset", 3));
    }
}
