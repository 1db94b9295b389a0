package org.newsgraph.tools.gazetteer;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameVariantsTest {
    private static PersonNameVariants.Variants of(String label) {
        return PersonNameVariants.of(label, NameOrder.GIVEN_FIRST);
    }

    @Test
    void labelComesFirst() {
        assertEquals("Anna Berg", of("Anna Berg").names().get(0));
        assertEquals(List.of("Berg"), of("Anna Berg").surnames());
    }

    @Test
    void middleNamesAndInitialsCanBeLeftOut() {
        PersonNameVariants.Variants v = of("Tomas Q. Lindqvist");
        assertTrue(v.names().contains("Tomas Lindqvist"));
        PersonNameVariants.Variants longName = of("Amara Kofi Mensah");
        assertTrue(longName.names().containsAll(List.of("Kofi Mensah", "Amara Mensah")));
        assertTrue(longName.surnames().contains("Mensah"));
    }

    @Test
    void givenNamesAloneAreNoShortForm() {
        PersonNameVariants.Variants one = of("Amara Kofi Mensah");
        assertFalse(one.names().contains("Amara Kofi"), "given names name many people: " + one.names());
        PersonNameVariants.Variants two = PersonNameVariants.of("Luis Alberto Ortega Pardo", NameOrder.TWO_FAMILY_NAMES);
        assertFalse(two.names().contains("Luis Alberto"), two.names().toString());
        assertTrue(two.names().containsAll(List.of("Luis Ortega", "Alberto Ortega", "Luis Alberto Ortega", "Ortega Pardo")),
                "the father's family name ends a short form: " + two.names());
        assertTrue(PersonNameVariants.of("Mateo Ruiz Vidal", NameOrder.TWO_FAMILY_NAMES).names().contains("Mateo Ruiz"));
        assertFalse(of("Mateo Ruiz Vidal").names().contains("Mateo Ruiz"), "one family name: the last");
        assertTrue(of("Khalid bin Faisal bin Turki Al Saud").names().contains("Khalid bin Faisal"),
                "a patronymic opened by a particle names the person");
        assertFalse(of("Peter Paul Jacob Smith").names().contains("Peter Paul Jacob"), "a long form needs its family name too");
    }

    @Test
    void particlesStayWithTheFamilyName() {
        PersonNameVariants.Variants v = of("Pieter van der Molen");
        assertTrue(v.surnames().contains("van der Molen"));
        assertFalse(v.surnames().contains("Molen"));
        assertEquals(List.of("Correia e Souza"), of("Rui Correia e Souza").surnames());
    }

    @Test
    void arabicArticleIsOptionalInTheFamilyName() {
        PersonNameVariants.Variants v = of("Karim al-Haddad");
        assertTrue(v.surnames().containsAll(List.of("al-Haddad", "Haddad")));
    }

    @Test
    void familyNameFirstTakesTheFirstToken() {
        PersonNameVariants.Variants v = PersonNameVariants.of("Han Ji-woo", NameOrder.FAMILY_FIRST);
        assertEquals(List.of("Han"), v.surnames());
    }

    @Test
    void regnalNamesDropTheRealmAndHaveNoFamilyName() {
        PersonNameVariants.Variants v = of("Otto IV of Ruritania");
        assertTrue(v.names().contains("Otto IV"));
        assertTrue(v.surnames().isEmpty());
        assertTrue(of("Pope Linus").names().contains("Linus"));
        assertTrue(of("Karl-Heinz II, Prince of Ruritania").names().contains("Karl-Heinz II"));
    }

    @Test
    void quotedNicknameServesAsFirstName() {
        PersonNameVariants.Variants v = of("Samuel \"Sunny\" Okoro");
        assertTrue(v.names().containsAll(List.of("Samuel Okoro", "Sunny Okoro")));
        assertTrue(v.surnames().contains("Okoro"));
    }

    @Test
    void suffixIsDropped() {
        assertTrue(of("Henry Dalton Jr.").names().contains("Henry Dalton"));
        assertEquals(List.of("Dalton"), of("Henry Dalton Jr.").surnames());
    }

    @Test
    void transliterationsAreAdded() {
        PersonNameVariants.Variants v = of("Petro Horodetskyy");
        assertTrue(v.surnames().containsAll(List.of("Horodetskyy", "Horodetsky", "Horodetskiy")));
        assertTrue(of("Muhammad Salem").names().contains("Mohammed Salem"));
    }

    @Test
    void singleNameIsItsOwnFamilyName() {
        assertEquals(List.of("Ardashir"), of("Ardashir").surnames());
    }

    @Test
    void variantsAreDistinctUnderNormalisation() {
        List<String> names = of("Lee Sun-hee Park").names();
        assertEquals(names.stream().map(org.newsgraph.lexicon.NameNormalizer::normalize).distinct().count(), names.size());
    }
}
