package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void countsWords() {
        assertEquals(0, Prose.wordCount("  "));
        assertEquals(3, Prose.wordCount(" one\ttwo  three "));
    }

    @Test
    void recognisesSentenceEndingsBehindClosingQuotes() {
        assertTrue(Prose.endsLikeSentence("He left."));
        assertTrue(Prose.endsLikeSentence("“We will stay,” she said, “until it ends.”"));
        assertTrue(Prose.endsLikeSentence("Is it over? "));
        assertTrue(Prose.endsLikeSentence("(See the statement.)"));
        assertFalse(Prose.endsLikeSentence("Talks resume in the capital"));
        assertFalse(Prose.endsLikeSentence("Results by region:"));
        assertFalse(Prose.endsLikeSentence(""));
    }

    @Test
    void headlinesAreShortAndUnpunctuated() {
        assertTrue(Prose.looksLikeHeadline("Talks resume in the capital"));
        assertFalse(Prose.looksLikeHeadline("Talks resumed in the capital."));
        assertFalse(Prose.looksLikeHeadline("word ".repeat(30)));
    }
}
