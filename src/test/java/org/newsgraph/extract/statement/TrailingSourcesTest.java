package org.newsgraph.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class TrailingSourcesTest {
    private static Span spanOf(String text, String part) {
        int begin = text.indexOf(part);
        return new Span(begin, begin + part.length());
    }

    @Test
    void theWordsEndBeforeTheSourceThatClosesThem() {
        String text = "The market made this more likely, Ana Lopez, an analyst, told CNN.";
        Span span = spanOf(text, "The market made this more likely, Ana Lopez, an analyst");
        Optional<Span> words = TrailingSources.wordsBefore(text, span, spanOf(text, "Ana Lopez, an analyst"));
        assertEquals("The market made this more likely", text.substring(words.get().begin(), words.get().end()));
    }

    @Test
    void aQuoteEndsBeforeItsClosingMarkAndComma() {
        String text = "\u201CWe will win,\u201D Lopez, a senator, said.";
        Span span = spanOf(text, "We will win,\u201D Lopez, a senator");
        Optional<Span> words = TrailingSources.wordsBefore(text, span, spanOf(text, "Lopez, a senator"));
        assertEquals("We will win", text.substring(words.get().begin(), words.get().end()));
    }

    @Test
    void aSourceElsewhereLeavesTheWordsAsTheyAre() {
        String text = "Lopez said the market had failed.";
        Span span = spanOf(text, "the market had failed");
        assertEquals(span, TrailingSources.wordsBefore(text, span, spanOf(text, "Lopez")).orElseThrow());
        assertEquals(span, TrailingSources.wordsBefore(text, span, null).orElseThrow());
    }

    @Test
    void aNameAPrepositionLeadsToIsPartOfTheWordsAndNoSource() {
        String text = "Bottlenecks caused by the war in Ukraine continue.";
        Span span = spanOf(text, "Bottlenecks caused by the war in Ukraine");
        assertTrue(TrailingSources.wordsBefore(text, span, spanOf(text, "Ukraine")).isEmpty());
    }
}
