package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.PersonEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office-holders and Congress sources merged into the person entries, with their dates. */
class OfficeSourcesTest {
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

    private static PersonEntry person(String qid) {
        return gazetteer.personById(qid).orElseThrow(() -> new AssertionError("no person " + qid));
    }

    @Test
    void theSameOfficeFromTwoSourcesIsKeptOnceWithItsDays() {
        List<Office> presidencies = person("Q9200001").offices().stream()
                .filter(o -> "Q9100001".equals(o.positionId())).toList();
        assertEquals(1, presidencies.size(), presidencies.toString());
        assertEquals(LocalDate.of(2019, 3, 4), presidencies.get(0).startDate());
        assertEquals(LocalDate.of(2022, 8, 1), presidencies.get(0).endDate());
        assertEquals("Rufus T. Firefly", person("Q9200001").label(), "the leaders source's label is kept");
    }

    @Test
    void officeHoldersAreFoundByNameAndWikipediaTitle() {
        assertEquals("Q9200010", gazetteer.persons("Chicolini Ravelli").get(0).id());
        assertEquals("Q9200010", gazetteer.persons("Chico Ravelli").get(0).id());
    }

    @Test
    void aCellWithQuotationMarksIsReadAsCsvWritesIt() {
        assertEquals("Pat \"the Cope\" Gallagher", OfficeHolders.unquoted("\"Pat \"\"the Cope\"\" Gallagher\""));
        assertEquals("Fumio Kishida", OfficeHolders.unquoted("Fumio Kishida"));
    }

    @Test
    void aMonthAloneIsKeptAsTheYear() {
        Office spokesperson = person("Q9200012").offices().get(0);
        assertEquals(2016, spokesperson.startYear());
        assertNull(spokesperson.startDate());
        assertNull(spokesperson.endYear());
    }

    @Test
    void ministersAreFoundByTheirTitleAsNewsWriteItOnTheDay() {
        assertEquals("Q9200010", gazetteer.officeholders("Q9000001", "foreign minister", LocalDate.of(2021, 6, 1)).get(0).id());
        assertEquals("Q9200011", gazetteer.officeholders("Q9000001", "Foreign Minister", LocalDate.of(2021, 7, 2)).get(0).id());
    }

    @Test
    void membersOfCongressWithEveryTermAndTheirNickname() {
        PersonEntry member = person("Q9200020");
        assertEquals("Jonathan Q. Example", member.label());
        assertEquals(2, member.offices().size());
        assertTrue(member.offices().stream().allMatch(o -> o.stateId().equals("Q30") && o.positionId() == null));
        assertEquals("senator", member.offices().get(1).role());
        assertEquals("Q9200020", gazetteer.persons("Jon Example").get(0).id());
    }

    @Test
    void membersOfNationalLegislaturesAreOfficeHolders() {
        PersonEntry member = person("Q9200030");
        assertEquals(1, member.offices().size());
        assertEquals("Q9000001", member.offices().get(0).stateId());
        assertEquals("member of parliament", member.offices().get(0).role());
        assertEquals(LocalDate.of(2015, 1, 10), member.offices().get(0).startDate());
        assertEquals("senator", person("Q9200035").offices().get(0).role());
        // a minister who also sat in the legislature keeps both offices
        assertEquals(2, person("Q9200011").offices().size(), person("Q9200011").offices().toString());
    }

    @Test
    void aLegislatorIsFoundByFullNameOnlyAnOfficeHolderAlsoByFamilyName() {
        assertEquals("Q9200030", gazetteer.persons("Harpo Marxson").get(0).id());
        assertTrue(gazetteer.personsBySurname("Marxson").isEmpty());
        assertEquals("Q9200011", gazetteer.personsBySurname("Pinkerton").get(0).id());
    }

    @Test
    void regionalLegislatorsNamesakesOfOfficeHoldersAndLegislatorsOfNoStateAreLeftOut() {
        assertTrue(gazetteer.personById("Q9200031").isEmpty(), "a seat named after a place of the state (Harbor Town)");
        assertTrue(gazetteer.personById("Q9200032").isEmpty(), "a state senate");
        assertTrue(gazetteer.personById("Q9200033").isEmpty(), "the name of a spokesperson");
        assertEquals(List.of("Q9200012"), gazetteer.persons("Vera Marcal").stream().map(PersonEntry::id).toList());
        assertTrue(gazetteer.personById("Q9200034").isEmpty(), "a legislature of no state of the gazetteer");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("regional legislatures left out")), warnings.toString());
    }

    @Test
    void rowsWithoutAWikidataIdOrANameAreLeftOutAndReported() {
        assertTrue(gazetteer.persons("Nobody Withoutid").isEmpty());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("X000002")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("office holder without")), warnings.toString());
    }

    @Test
    void statesOfThePastAreStatesWithTheirYears() {
        var union = gazetteer.state("OFU").orElseThrow();
        assertEquals("Q9000050", union.id());
        assertEquals(1920, union.startYear());
        assertEquals(1989, union.endYear());
        assertNull(union.iso3());
        assertEquals("Q9000050", gazetteer.stateByDemonym("Unionists").orElseThrow().id());
        assertNull(gazetteer.state("Freedonia").orElseThrow().endYear(), "states of today have no end");
    }
}
