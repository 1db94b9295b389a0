package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void labelsIgnoreCaseDiacriticsPunctuationAndLeadingThe() {
        assertEquals("jose muller ludenscheid", TextNormalizer.label("  José   Müller-Lüdenscheid "));
        assertEquals("us", TextNormalizer.label("U.S."));
        assertEquals(TextNormalizer.label("Seoul's office"), TextNormalizer.label("Seoul\u2019s office"));
        assertEquals("ministry of defence", TextNormalizer.label("The Ministry of Defence"));
        assertEquals("kim jong un", TextNormalizer.label("Kim Jong\u2013un"));
        // "the" inside a name stays: only a leading article is dropped.
        assertEquals("bank of the north", TextNormalizer.label("Bank of the North"));
    }

    @Test
    void quotesStraightenCurlyMarksAndCollapseWhiteSpaceButKeepPunctuation() {
        assertEquals("we won't accept the \"final\" offer.",
                TextNormalizer.quote("We won\u2019t accept\n\t the \u201CFinal\u201D\u00A0offer. "));
    }
}
