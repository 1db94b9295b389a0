package org.newsgraph.lexicon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameNormalizerTest {
    @Test
    void ignoresCasePeriodsAndLeadingThe() {
        assertEquals("us", NameNormalizer.normalize("the U.S."));
        assertEquals("us", NameNormalizer.normalize("US"));
        assertEquals("united states", NameNormalizer.normalize("The United States"));
    }

    @Test
    void hyphensAndDashesAreSpaces() {
        assertEquals(NameNormalizer.normalize("Lee Min Ho"), NameNormalizer.normalize("Lee Min-ho"));
        assertEquals("a b c", NameNormalizer.normalize("A\u2013B\u2014C"));
    }

    @Test
    void stripsDiacriticsAndFoldsSpecialLetters() {
        assertEquals("erdogan", NameNormalizer.normalize("Erdoğan"));
        assertEquals("store", NameNormalizer.normalize("Støre"));
        assertEquals("dukanovic", NameNormalizer.normalize("Đukanović"));
        assertEquals("strasse", NameNormalizer.normalize("Straße"));
    }

    @Test
    void removesApostrophesAndTreatsOtherPunctuationAsSpace() {
        assertEquals("peoples republic", NameNormalizer.normalize("People’s Republic"));
        assertEquals("cote divoire", NameNormalizer.normalize("Côte d'Ivoire"));
        assertEquals("washington dc", NameNormalizer.normalize("Washington, D.C."));
        assertEquals("trinidad and tobago", NameNormalizer.normalize("Trinidad & Tobago"));
    }

    @Test
    void keepsTheInsideNamesAndCollapsesSpace() {
        assertEquals("bank of the north", NameNormalizer.normalize("  Bank   of the North "));
        assertEquals("theodor", NameNormalizer.normalize("Theodor"));
    }

    @Test
    void nullAndPunctuationOnlyGiveEmpty() {
        assertEquals("", NameNormalizer.normalize(null));
        assertEquals("", NameNormalizer.normalize(" .-' "));
    }
}
