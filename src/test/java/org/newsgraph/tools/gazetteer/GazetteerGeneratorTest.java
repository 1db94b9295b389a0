package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerFiles;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.PersonEntry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerGeneratorTest {
    private static final String FREEDONIA = "Q9000001";
    private static final String SYLVANIA = "Q9000002";

    @TempDir
    static Path out;
    private static final List<String> warnings = new ArrayList<>();
    private static Gazetteer gazetteer;

    @BeforeAll
    static void generate() throws IOException {
        Fixtures.outputWithCuratedInputs(out);
        GazetteerGenerator.generate(Fixtures.sources(), out, warnings::add);
        gazetteer = Gazetteer.load(out);
    }

    private static String stateId(String name) {
        return gazetteer.state(name).orElseThrow(() -> new AssertionError("no state " + name)).id();
    }

    private static List<String> ids(List<PersonEntry> persons) {
        return persons.stream().map(PersonEntry::id).toList();
    }

    @Test
    void statesAreFoundByCommonOfficialAlternativeNativeAndHandMadeNames() {
        for (String name : List.of("Freedonia", "the Republic of Freedonia", "FREEDONIA", "Fredonia", "Fridonija", "Freedo")) {
            assertEquals(FREEDONIA, stateId(name), name);
        }
        assertEquals(SYLVANIA, stateId("Sylvanian Kingdom"));
    }

    @Test
    void codesCatalogueFormsAndOtherScriptsAreNotNames() {
        for (String name : List.of("FD", "Freedonia, Republic of", "Sylvania, Kingdom of", "Φρεεδονια", "KR")) {
            assertTrue(gazetteer.state(name).isEmpty(), name);
        }
    }

    @Test
    void aNameTwoStatesClaimEquallyIsLeftOutAndReported() {
        assertTrue(gazetteer.state("Grand Duchy").isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Grand Duchy")), warnings.toString());
    }

    @Test
    void onlySovereignOrListedStatesWithWikidataIdsAreIncluded() {
        assertTrue(gazetteer.state("Teritoria").isEmpty(), "territory");
        assertEquals("Q9000005", stateId("Zedland"));
        assertTrue(gazetteer.state("Nowiki").isEmpty(), "no Wikidata id");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("NWK")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Teri")), "hand-made alias of a non-state is reported");
    }

    @Test
    void demonymsIncludeSplitFormsPluralsAndHandMadeOnes() {
        assertEquals(FREEDONIA, gazetteer.stateByDemonym("Freedonian").orElseThrow().id());
        assertEquals(FREEDONIA, gazetteer.stateByDemonym("Freedonians").orElseThrow().id());
        assertEquals(FREEDONIA, gazetteer.stateByDemonym("Freedos").orElseThrow().id());
        assertEquals(SYLVANIA, gazetteer.stateByDemonym("Trentinian").orElseThrow().id());
    }

    @Test
    void capitalsExceptThoseNamingAnOrganization() {
        assertEquals(FREEDONIA, gazetteer.stateByCapital("Port Marx").orElseThrow().id());
        assertEquals(SYLVANIA, gazetteer.stateByCapital("Old Trentino").orElseThrow().id());
        assertTrue(gazetteer.stateByCapital("Marshville").isEmpty());
        assertEquals("Q9300001", gazetteer.organization("Marshville").orElseThrow().id());
    }

    @Test
    void organizationsAreReadFromTheCuratedList() {
        var army = gazetteer.organization("the Army of Freedonia").orElseThrow();
        assertEquals(OrganizationType.MILITARY, army.type());
        assertEquals(FREEDONIA, army.stateId());
        assertTrue(gazetteer.organization("Gazette").isEmpty(), "alias shared by two organizations");
        assertEquals("Q9300004", gazetteer.organization("Sylvanian Gazette").orElseThrow().id());
    }

    @Test
    void personsAreFoundByVariantsAndSurnames() {
        assertEquals(List.of("Q9200001"), ids(gazetteer.persons("Rufus Firefly")));
        assertEquals(List.of("Q9200001"), ids(gazetteer.personsBySurname("firefly")));
        assertEquals(List.of("Q9200007"), ids(gazetteer.persons("Park Min Jun")));
        assertEquals(List.of("Q9200007"), ids(gazetteer.personsBySurname("Park")));
        assertEquals(List.of("Q9200005"), ids(gazetteer.persons("Trentino III")));
        assertTrue(gazetteer.personsBySurname("Trentino").isEmpty());
    }

    @Test
    void aStateOfSpanishSpeechGivesItsPeopleTwoFamilyNames() {
        assertEquals(List.of("Q9200008"), ids(gazetteer.persons("Mateo Ruiz")), "Sylvania speaks Spanish (the countries source)");
    }

    @Test
    void personsWithoutANameAreLeftOutAndReported() {
        assertTrue(gazetteer.personById("Q9200006").isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Q9200006")), warnings.toString());
    }

    @Test
    void aPersonAndAStateOfTheSameNameAreNeverMixed() {
        assertEquals(SYLVANIA, stateId("Sylvania"));
        assertTrue(gazetteer.persons("Sylvania").isEmpty());
        assertEquals(List.of("Q9200003"), ids(gazetteer.personsBySurname("Sylvania")));
        assertTrue(gazetteer.state("Ambrose Sylvania").isEmpty());
        assertTrue(gazetteer.stateByDemonym("Ambrose Sylvania").isEmpty());
    }

    @Test
    void officeholdersFollowTheYearAndTheMidYearRule() {
        assertEquals(List.of("Q9200001"), ids(gazetteer.officeholders(FREEDONIA, "president", LocalDate.of(2021, 5, 1))));
        assertEquals(List.of("Q9200001", "Q9200002"), ids(gazetteer.officeholders(FREEDONIA, "president", LocalDate.of(2022, 3, 1))));
        assertEquals(List.of("Q9200002", "Q9200001"), ids(gazetteer.officeholders(FREEDONIA, "President", LocalDate.of(2022, 9, 1))));
        assertEquals(List.of("Q9200002"), ids(gazetteer.officeholders(FREEDONIA, "president", LocalDate.of(2023, 1, 1))));
        assertTrue(gazetteer.officeholders(FREEDONIA, "president", LocalDate.of(2015, 1, 1)).isEmpty());
    }

    @Test
    void officeholdersMatchRoleSynonymsAndMappedStateIds() {
        assertEquals(List.of("Q9200003"), ids(gazetteer.officeholders(FREEDONIA, "prime minister", LocalDate.of(2021, 1, 1))));
        assertEquals(List.of("Q9200004"), ids(gazetteer.officeholders(FREEDONIA, "chancellor", LocalDate.of(2021, 1, 1))));
        assertEquals(List.of("Q9200005"), ids(gazetteer.officeholders(SYLVANIA, "monarch", LocalDate.of(2021, 1, 1))));
        assertEquals(5, gazetteer.officeholders(FREEDONIA, null, LocalDate.of(2022, 1, 1)).size(), "four leaders and the foreign minister of office-holders");
    }

    @Test
    void rerunningGivesIdenticalFiles(@TempDir Path second) throws IOException {
        Fixtures.outputWithCuratedInputs(second);
        GazetteerGenerator.generate(Fixtures.sources(), second, w -> { });
        GazetteerGenerator.generate(Fixtures.sources(), second, w -> { });
        for (String name : GazetteerFiles.ALL) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void missingHandMadeInputsAreReportedNotFatal(@TempDir Path empty) throws IOException {
        List<String> messages = new ArrayList<>();
        GazetteerGenerator.generate(Fixtures.sources(), empty, messages::add);
        assertTrue(Gazetteer.load(empty).organizations().isEmpty());
        assertTrue(messages.stream().anyMatch(m -> m.contains(CuratedInputs.ORGANIZATIONS)), messages.toString());
    }

    @Test
    void aMalformedCuratedRowNamesItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CuratedInputs.ORGANIZATIONS),
                "wikidata\tlabel\taliases\ttype\tstate\nQ12\tSome Body\t\tclub\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GazetteerGenerator.generate(Fixtures.sources(), dir, w -> { }));
        assertTrue(e.getMessage().contains(":2") && e.getMessage().contains("club"), e.getMessage());
    }

    @Test
    void aMissingSourceFileSaysWhereSourcesShouldBe(@TempDir Path dir) {
        var e = assertThrows(java.nio.file.NoSuchFileException.class,
                () -> GazetteerGenerator.generate(dir, dir, w -> { }));
        assertTrue(e.getMessage().contains("--sources"), e.getMessage());
    }
}
