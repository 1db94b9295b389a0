package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static final Map<String, List<String>> NAMES = Map.of(
            "Popular Unity Candidacy", List.of("Popular Unity Candidacy", "CUP"),
            "North Atlantic Treaty Organization", List.of("North Atlantic Treaty Organization", "NATO"),
            "Cup Party", List.of("Cup Party", "Cup"));
    private static final NameIndex<String> INDEX = NameIndex.of(List.of("Popular Unity Candidacy",
            "North Atlantic Treaty Organization", "Cup Party"), NAMES::get);

    @Test
    void aShortAcronymIsFoundOnlyInCapitals() {
        assertEquals(List.of("Popular Unity Candidacy", "Cup Party"), INDEX.all("CUP"));
        // "Laver Cup": the word, not the acronym; an entry that carries the word itself still matches
        assertEquals(List.of("Cup Party"), INDEX.all("Cup"));
    }

    @Test
    void aLongerAcronymIsFoundInAnyCase() {
        assertEquals(List.of("North Atlantic Treaty Organization"), INDEX.all("Nato"));
        assertEquals(List.of("North Atlantic Treaty Organization"), INDEX.all("NATO"));
    }

    @Test
    void shortAcronymsAreTwoOrThreeCapitals() {
        assertTrue(NameIndex.isShortAcronym("CUP"));
        assertTrue(NameIndex.isShortAcronym("UK"));
        assertFalse(NameIndex.isShortAcronym("NATO"));
        assertFalse(NameIndex.isShortAcronym("Cup"));
        assertFalse(NameIndex.isShortAcronym("U.S."));
        assertFalse(NameIndex.isShortAcronym("A"));
    }
}
