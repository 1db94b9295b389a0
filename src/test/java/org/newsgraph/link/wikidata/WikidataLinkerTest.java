package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorType;

class WikidataLinkerTest {
    private static final String RUSSIA = "Q159";
    private static final String SOUTH_KOREA = "Q884";
    private static final LocalDate DATE = LocalDate.of(2019, 3, 1);

    private final FixtureWikidataApi api = new FixtureWikidataApi();
    private final WikidataLinker linker = new WikidataLinker(api);

    private Optional<WikidataLink> person(String name, String state, String position, LocalDate date) {
        return linker.link(new LinkQuery(ActorType.PERSON, List.of(name), state, position, date));
    }

    private Optional<WikidataLink> organization(List<String> names, String state) {
        return linker.link(new LinkQuery(ActorType.ORGANIZATION, names, state, null, DATE));
    }

    @Test
    void citizenshipOfTheArticlesStateSinglesOutANamesake() {
        WikidataLink link = person("Ana Petrova", RUSSIA, null, DATE).orElseThrow();

        assertEquals("Q99000001", link.id());
        assertTrue(link.evidence().contains("citizenship"), link.evidence().toString());
        assertTrue(link.confidence() >= WikidataLinker.THRESHOLD && link.confidence() <= WikidataLinker.MAX_CONFIDENCE);
    }

    @Test
    void twoNamesakesAndNoContextGiveNoLink() {
        assertTrue(person("Han Jae-won", null, null, DATE).isEmpty());
    }

    @Test
    void aTitleHeldOnTheArticleDateWinsOverSearchRank() {
        WikidataLink link = person("Han Jae-won", SOUTH_KOREA, "President", DATE).orElseThrow();

        assertEquals("Q99000003", link.id(), "the footballer namesake is the first search hit");
        assertTrue(link.evidence().stream().anyMatch(e -> e.startsWith("position President")), link.evidence().toString());
    }

    @Test
    void namesakesOfAnotherStateAreNotLinked() {
        assertTrue(person("Han Jae-won", RUSSIA, null, DATE).isEmpty());
    }

    @Test
    void aSpokespersonTitleMatchesAPressSecretaryOrSpokespersonPosition() {
        WikidataLink link = person("Ana Petrova", null, "foreign ministry spokeswoman", DATE).orElseThrow();
        assertEquals("Q99000001", link.id());
    }

    @Test
    void someoneDeadForDecadesIsNotTodaysActor() {
        assertTrue(person("Olek Brandt", null, null, DATE).isEmpty());
        assertEquals("Q99000005", person("Olek Brandt", null, null, LocalDate.of(1925, 1, 1)).orElseThrow().id());
    }

    @Test
    void someoneNotYetBornIsNoCandidate() {
        assertTrue(person("Mira Sol", null, null, LocalDate.of(2005, 1, 1)).isEmpty());
        assertEquals("Q99000006", person("Mira Sol", null, null, DATE).orElseThrow().id());
    }

    @Test
    void aPersonIsNeverLinkedToSomethingThatIsNotHuman() {
        assertTrue(person("Georgia May", null, null, DATE).isEmpty());
    }

    @Test
    void anOrganizationIsNeverLinkedToAStateOfTheSameName() {
        assertTrue(organization(List.of("Chad"), null).isEmpty());
    }

    @Test
    void anOrganizationClassBeatsAFilmOfTheSameName() {
        WikidataLink link = organization(List.of("Northern Daily"), null).orElseThrow();
        assertEquals("Q99200001", link.id());
        assertTrue(link.evidence().contains("organization class"));
    }

    @Test
    void aStateBodyIsFoundByAnAliasAndASubclassOfMinistry() {
        WikidataLink link = organization(List.of("Russian Foreign Ministry", "foreign ministry of Russia"), RUSSIA)
                .orElseThrow();

        assertEquals("Q99200004", link.id());
        assertEquals("Ministry of Foreign Affairs of Russia", link.label());
        assertEquals(List.of("name", "country", "organization class"), link.evidence());
        assertEquals(WikidataLinker.MAX_CONFIDENCE, link.confidence());
    }

    @Test
    void anOrganizationOfAnotherStateIsNotLinked() {
        assertTrue(organization(List.of("Northern Daily"), RUSSIA).isEmpty());
    }

    @Test
    void theNextNameIsSearchedWhenTheFirstHasNoHits() {
        WikidataLink link = organization(List.of("MFA of the Russian Federation", "Russian Foreign Ministry"), RUSSIA)
                .orElseThrow();
        assertEquals("Q99200004", link.id());
        assertEquals(List.of("MFA of the Russian Federation", "Russian Foreign Ministry"), api.searched);
    }
}
