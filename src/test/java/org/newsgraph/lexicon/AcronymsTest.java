package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void initialsAreThoseOfTheCapitalisedWords() {
        assertEquals("SCDC", Acronyms.initials("Sudanese Central Doctors Committee"));
        assertEquals("JCS", Acronyms.initials("Joint Chiefs of Staff"));
        assertEquals("FT", Acronyms.initials("Financial Times"));
        assertEquals("HTS", Acronyms.initials("Hayat Tahrir al-Sham"));
    }

    @Test
    void anAcronymSpellsTheNameWhoseInitialsItIs() {
        assertTrue(Acronyms.spells("FT", "Financial Times"));
        assertFalse(Acronyms.spells("FT", "Fox News"));
    }

    @Test
    void anAcronymIsTwoToSixCapitals() {
        assertTrue(Acronyms.looksLikeAcronym("FT"));
        assertTrue(Acronyms.looksLikeAcronym("SCDC"));
        assertFalse(Acronyms.looksLikeAcronym("Kim"));
        assertFalse(Acronyms.looksLikeAcronym("A"));
    }

    @Test
    void aCodeIsCapitalisedLettersThenANumber() {
        assertTrue(Acronyms.looksLikeCode("G7"));
        assertTrue(Acronyms.looksLikeCode("G-20"));
        assertFalse(Acronyms.looksLikeCode("Council"));
        assertFalse(Acronyms.looksLikeCode("g7"));
        assertFalse(Acronyms.looksLikeCode("7G"));
    }
}
