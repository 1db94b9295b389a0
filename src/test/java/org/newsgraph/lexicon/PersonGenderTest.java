package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.PersonGender.Gender;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;

class PersonGenderTest {
    private final PersonGender genders = PersonGender.shared();

    @Test
    void aFirstNameOfOneGenderDecides() {
        assertEquals(Optional.of(Gender.FEMALE), genders.of("Jennifer Bonjean", null));
        assertEquals(Optional.of(Gender.MALE), genders.of("John Kirby", null));
        assertFalse(genders.agrees("he", "Jennifer Bonjean", null));
        assertFalse(genders.agrees("she", "Beau Biden", null));
        assertTrue(genders.agrees("his", "John Kirby", null));
    }

    @Test
    void aNameBothGendersBearOrAFamilyNameWrittenFirstLeavesItOpen() {
        assertEquals(Optional.empty(), genders.of("Taylor Swift", null));
        assertEquals(Optional.empty(), genders.of("Kim Dong-yub", null));
        assertTrue(genders.agrees("he", "Kim Dong-yub", null));
        assertTrue(genders.agrees("she", "Taylor Swift", null));
        assertTrue(genders.agrees("she", "Zelinsky", null), "a surname alone says nothing");
    }

    @Test
    void aGenderedPositionDecidesAndOtherWordsAreNoPronouns() {
        assertEquals(Optional.of(Gender.FEMALE), genders.of("Pat Harlow", "White House spokeswoman"));
        assertEquals(Optional.of(Gender.MALE), genders.of("Pat Harlow", "Kremlin spokesman"));
        assertEquals(Optional.of(Gender.MALE), genders.of("King Edward VIII", null));
        assertEquals(Optional.of(Gender.FEMALE), genders.of("Queen Mother", null));
        assertEquals(Optional.empty(), genders.of("Okoro King", null), "a surname King is no title");
        assertTrue(genders.agrees("it", "Jennifer Bonjean", null));
        assertTrue(genders.agrees("they", "John Kirby", null));
    }
    @Test
    void aPronounStandsOnlyForAPersonItsGenderAllows() {
        Actor lopez = new Actor("person/an-lpz", ActorType.PERSON, "Jennifer Lopez", Set.of("Jennifer Lopez"), null, null, null,
                null, null, 1.0, List.of());
        Actor agency = new Actor("organization/nema", ActorType.ORGANIZATION, "Jennifer Agency", Set.of("Jennifer Agency"), null,
                null, null, null, null, 1.0, List.of());
        assertTrue(genders.canStandFor("she", lopez));
        assertFalse(genders.canStandFor("he", lopez));
        assertFalse(genders.canStandFor("she", agency), "only a person");
    }
}
