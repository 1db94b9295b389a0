package org.newsgraph.lexicon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed gazetteer in data/gazetteer. */
class GazetteerTest {
    private static final String USA = "Q30";
    private static final String UK = "Q145";
    private static final String RUSSIA = "Q159";
    private static final String SOUTH_KOREA = "Q884";
    private static final String NORTH_KOREA = "Q423";
    private static final String UKRAINE = "Q212";
    private static final String CHINA = "Q148";

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load(Path.of("data", "gazetteer"));
    }

    private static List<String> ids(List<PersonEntry> persons) {
        return persons.stream().map(PersonEntry::id).toList();
    }

    @Test
    void statesByNamesAndAbbreviations() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("the United States", USA), Map.entry("U.S.", USA), Map.entry("US", USA),
                Map.entry("USA", USA), Map.entry("America", USA), Map.entry("United States of America", USA),
                Map.entry("Britain", UK), Map.entry("the U.K.", UK), Map.entry("United Kingdom", UK),
                Map.entry("Russia", RUSSIA), Map.entry("Russian Federation", RUSSIA),
                Map.entry("South Korea", SOUTH_KOREA), Map.entry("ROK", SOUTH_KOREA), Map.entry("Republic of Korea", SOUTH_KOREA),
                Map.entry("North Korea", NORTH_KOREA), Map.entry("DPRK", NORTH_KOREA),
                Map.entry("Ukraine", UKRAINE), Map.entry("China", CHINA), Map.entry("Côte d’Ivoire", "Q1008"),
                Map.entry("Kosovo", "Q1246"), Map.entry("Palestine", "Q219060"), Map.entry("Taiwan", "Q865"),
                Map.entry("Holy See", "Q237"));
        expected.forEach((name, id) -> assertEquals(id, gazetteer.state(name).map(StateEntry::id).orElse("none"), name));
    }

    @Test
    void statesByDemonym() {
        Map<String, String> expected = Map.of("Russian", RUSSIA, "South Korean", SOUTH_KOREA, "American", USA,
                "British", UK, "Ukrainian", UKRAINE, "Americans", USA, "North Korean", NORTH_KOREA);
        expected.forEach((word, id) -> assertEquals(id, gazetteer.stateByDemonym(word).map(StateEntry::id).orElse("none"), word));
    }

    @Test
    void statesByCapitalButBrusselsIsTheEu() {
        Map<String, String> expected = Map.of("Seoul", SOUTH_KOREA, "Moscow", RUSSIA, "Washington", USA, "Kyiv", UKRAINE,
                "Kiev", UKRAINE, "Pyongyang", NORTH_KOREA, "Beijing", CHINA, "London", UK, "Paris", "Q142", "Tokyo", "Q17");
        expected.forEach((city, id) -> assertEquals(id, gazetteer.stateByCapital(city).map(StateEntry::id).orElse("none"), city));
        assertTrue(gazetteer.stateByCapital("Brussels").isEmpty());
        assertEquals("Q458", gazetteer.organization("Brussels").orElseThrow().id());
    }

    @Test
    void personsByNameVariants() {
        assertEquals(List.of("Q56226"), ids(gazetteer.persons("Kim Jong Un")));
        assertEquals(List.of("Q16090635"), ids(gazetteer.persons("Yoon Suk Yeol")));
        assertEquals(List.of("Q3874799"), ids(gazetteer.persons("Volodymyr Zelensky")));
        assertEquals(List.of("Q3874799"), ids(gazetteer.personsBySurname("Zelenskiy")));
        assertEquals(List.of("Q39259"), ids(gazetteer.personsBySurname("Erdogan")));
        assertTrue(ids(gazetteer.personsBySurname("Kim")).contains("Q56226"), "Korean family name is the first token");
        assertTrue(ids(gazetteer.personsBySurname("Xi")).contains("Q15031"));
    }

    @Test
    void presidentOfSouthKoreaDependsOnTheDate() {
        assertEquals("Q21001", ids(gazetteer.officeholders(SOUTH_KOREA, "president", LocalDate.of(2021, 6, 1))).get(0));
        assertEquals(List.of("Q16090635"), ids(gazetteer.officeholders(SOUTH_KOREA, "president", LocalDate.of(2023, 6, 1))));
        assertEquals("Q16090635", ids(gazetteer.officeholders(SOUTH_KOREA, "president", LocalDate.of(2022, 9, 1))).get(0));
    }

    @Test
    void officeholdersForOtherRoles() {
        assertEquals(List.of("Q7747"), ids(gazetteer.officeholders(RUSSIA, "president", LocalDate.of(2022, 4, 1))));
        assertEquals(List.of("Q56226"), ids(gazetteer.officeholders(NORTH_KOREA, "supreme leader", LocalDate.of(2022, 4, 1))));
        assertEquals(List.of("Q61053"), ids(gazetteer.officeholders("Q183", "chancellor", LocalDate.of(2022, 4, 1))));
        assertEquals(List.of("Q18111"), ids(gazetteer.officeholders(CHINA, "prime minister", LocalDate.of(2021, 4, 1))));
    }

    @Test
    void organizationsByNameAndAlias() {
        OrganizationEntry kremlin = gazetteer.organization("the Kremlin").orElseThrow();
        assertEquals("Q133274", kremlin.id());
        assertEquals(RUSSIA, kremlin.stateId());
        assertEquals("Q11209", gazetteer.organization("Pentagon").orElseThrow().id());
        assertEquals("Q7184", gazetteer.organization("Nato").orElseThrow().id());
        assertEquals("Q37470", gazetteer.organization("U.N. Security Council").orElseThrow().id());
        assertEquals(OrganizationType.MEDIA, gazetteer.organization("Reuters").orElseThrow().type());
    }

    @Test
    void statesAndPersonsAreSeparateIndexes() {
        for (StateEntry state : gazetteer.states()) {
            assertTrue(gazetteer.persons(state.name()).isEmpty(), state.name());
        }
        for (PersonEntry person : gazetteer.persons()) {
            assertTrue(gazetteer.state(person.label()).isEmpty(), person.label());
        }
        assertTrue(gazetteer.state("Georgia").isPresent());
        assertTrue(gazetteer.persons("Georgia").isEmpty());
    }

    @Test
    void everyStateHasAWikidataIdAndEveryOfficeARole() {
        assertTrue(gazetteer.states().size() >= 190, "states: " + gazetteer.states().size());
        assertTrue(gazetteer.states().stream().allMatch(s -> s.id().matches("Q[0-9]+")));
        assertTrue(gazetteer.persons().stream().flatMap(p -> p.offices().stream()).allMatch(o -> !o.role().isBlank()));
    }

    @Test
    void isImmutable() {
        // Load time and heap are measured by bench.GazetteerLoadBenchmark, not asserted here.
        Gazetteer loaded = Gazetteer.load(Path.of("data", "gazetteer"));
        assertThrows(UnsupportedOperationException.class, () -> loaded.states().clear());
        assertThrows(UnsupportedOperationException.class, () -> loaded.persons().get(0).offices().clear());
    }

    @Test
    void lookupsAreSafeFromManyThreads() {
        long found = IntStream.range(0, 2000).parallel()
                .filter(i -> gazetteer.state(i % 2 == 0 ? "Russia" : "U.S.").isPresent()).count();
        assertEquals(2000, found);
    }

    @Test
    void defaultLoadFallsBackToTheDataDirectory() {
        assertEquals(gazetteer.states().size(), Gazetteer.load().states().size());
    }
}
