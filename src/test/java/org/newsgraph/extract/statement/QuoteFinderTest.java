package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final QuoteFinder FINDER = new QuoteFinder();

    private static List<String> quotes(String text) {
        return FINDER.find(text).stream().map(q -> text.substring(q.content().begin(), q.content().end())).toList();
    }

    @Test
    void curlyAndStraightMarks() {
        assertEquals(List.of("We will win,", "Soon."), quotes("\u201CWe will win,\u201D she said. \"Soon.\""));
    }

    @Test
    void twoApostrophesStandForOneDoubleMark() {
        String text = "''This isn't tax reform,'' said Lee. Critics called it \"a giveaway.''";
        List<QuoteSpan> found = FINDER.find(text);

        assertEquals(List.of("This isn't tax reform,", "a giveaway."), quotes(text));
        // The marks are two characters wide: the whole quote runs from the first to the last apostrophe.
        assertEquals("''This isn't tax reform,''", text.substring(found.get(0).outer().begin(), found.get(0).outer().end()));
    }

    @Test
    void aSingleApostropheIsNoMark() {
        assertEquals(List.of(), quotes("The minister's plan isn't new, officials' notes say."));
    }

    @Test
    void aQuoteLongerThanAParagraphContinuesAfterAnOpeningMark() {
        assertEquals(List.of("First part.\n\n\u201CSecond part."),
                quotes("\u201CFirst part.\n\n\u201CSecond part.\u201D he said."));
    }
}
