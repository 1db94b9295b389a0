package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AmericanSpellingTest {
    @Test
    void britishEndingsBecomeAmerican() {
        assertEquals("neutralize", AmericanSpelling.of("neutralise"));
        assertEquals("normalization", AmericanSpelling.of("normalisation"));
        assertEquals("paralyze", AmericanSpelling.of("paralyse"));
        assertEquals("defense", AmericanSpelling.of("defence"));
        assertEquals("honor", AmericanSpelling.of("honour"));
        assertEquals("program", AmericanSpelling.of("programme"));
    }

    @Test
    void shortWordsAndOtherEndingsStayAsTheyAre() {
        assertEquals("rise", AmericanSpelling.of("rise"));
        assertEquals("attack", AmericanSpelling.of("attack"));
        assertEquals("four", AmericanSpelling.of("four"));
    }
}
