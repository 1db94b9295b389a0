package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TypewriterQuotesTest {

    @Test
    void openingAndClosingPairsBecomeDoubleMarksWithoutMovingAnyCharacter() {
        String text = "''No,'' he said.\n''Yes.''";
        String normalized = TypewriterQuotes.normalize(text);

        assertEquals(" \"No,\"  he said.\n \"Yes.\" ", normalized);
        assertEquals(text.length(), normalized.length());
        assertEquals(text.indexOf("he said"), normalized.indexOf("he said"));
    }

    @Test
    void aTextWithoutDoubledApostrophesIsLeftAsItIs() {
        String text = "The minister's plan isn't new.";
        assertSame(text, TypewriterQuotes.normalize(text));
    }
}
