package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitleAbbreviationsTest {
    @Test
    void writesOutAbbreviatedTitles() {
        assertEquals("Kentucky governor", TitleAbbreviations.expand("Kentucky Gov."));
        assertEquals("senator", TitleAbbreviations.expand("Sen."));
        assertEquals("lieutenant general", TitleAbbreviations.expand("Lt. Gen."));
        assertEquals("former representative", TitleAbbreviations.expand("former Rep."));
    }

    @Test
    void leavesOtherWordsAlone() {
        assertEquals("Prime Minister", TitleAbbreviations.expand("Prime Minister"));
        // a state's abbreviation is no title, nor is a word that only ends a sentence's initials
        assertEquals("senator D-Del.", TitleAbbreviations.expand("Sen. D-Del."));
        assertEquals("U.S. envoy", TitleAbbreviations.expand("U.S. envoy"));
        assertNull(TitleAbbreviations.expand(null));
    }
}
