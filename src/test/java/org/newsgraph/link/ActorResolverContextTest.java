package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.Office;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disambiguation by the article's context in {@link ActorResolver}, on an invented gazetteer: two
 * states, two office holders of one state sharing a family name, and a presidency that changed
 * hands in the middle of a year.
 */
class ActorResolverContextTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final StateEntry SUDRIA = new StateEntry("Q2", "SDR", "Sudria", "Sudria",
            List.of("Sudria"), List.of("Sudrian"), List.of("Sudport"));
    private static final PersonEntry LEADER = person("Q10", "Kal Dorin", "Kal",
            new Office("Q1", "Q100", "Supreme Leader of Norland", "supreme leader", 2011, null));
    private static final PersonEntry PREMIER = person("Q11", "Kal Venna", "Kal",
            new Office("Q1", "Q101", "Premier of Norland", "premier", 2020, null));
    private static final PersonEntry OUTGOING = person("Q20", "Lee Ara", "Lee",
            new Office("Q2", "Q200", "President of Sudria", "president", 2017, 2022));
    private static final PersonEntry INCOMING = person("Q21", "Park Tomo", "Park",
            new Office("Q2", "Q200", "President of Sudria", "president", 2022, null));

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(
            List.of(NORLAND, SUDRIA), List.of(LEADER, PREMIER, OUTGOING, INCOMING), List.of())));
    private final List<ActorMention> mentions = new ArrayList<>();

    private static PersonEntry person(String id, String name, String surname, Office office) {
        return new PersonEntry(id, name, List.of(name), List.of(surname), List.of(office));
    }

    private void mention(MentionKind kind, String name, String title, String modifier) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(kind, new Span(begin, begin + 10), mentions.size(), name, title, modifier,
                null, true));
    }

    private Actor actorOf(int mentionIndex, LocalDate date) {
        ResolvedActors resolved = resolver.resolve(mentions, date);
        Span span = mentions.get(mentionIndex).span();
        String id = resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst().orElseThrow().actorId();
        return resolved.actor(id).orElseThrow();
    }

    @Test
    void theStatesPresidentIsWhoeverHeldTheOfficeThatYear() {
        mention(MentionKind.TITLE_ONLY, "president", "president", "Sudrian");

        assertEquals("Q20", actorOf(0, LocalDate.of(2019, 6, 1)).wikidata());
        assertEquals("Q21", actorOf(0, LocalDate.of(2024, 6, 1)).wikidata());
    }

    @Test
    void inTheYearTheOfficeChangedHandsTheTermCoveringTheDateWinsLessSurely() {
        mention(MentionKind.TITLE_ONLY, "president", "president", "Sudrian");

        Actor early = actorOf(0, LocalDate.of(2022, 2, 1));
        Actor late = actorOf(0, LocalDate.of(2022, 10, 1));

        assertEquals("Q20", early.wikidata());
        assertEquals("Q21", late.wikidata());
        assertEquals(0.7, early.confidence());
    }

    @Test
    void aBareFamilyNameInAnArticleAboutTheStateIsItsLeader() {
        mention(MentionKind.PERSON_NAME, "Kal", null, null);
        mention(MentionKind.PLACE_NAME, "Norland", null, null);

        Actor kal = actorOf(0, LocalDate.of(2021, 5, 1));

        assertEquals("Q10", kal.wikidata());
        assertEquals(0.7, kal.confidence());
    }

    @Test
    void theTitleWrittenWithTheNamePicksTheOfficeHolder() {
        mention(MentionKind.PERSON_NAME, "Kal", "Norlandic Premier", null);

        assertEquals("Q11", actorOf(0, LocalDate.of(2021, 5, 1)).wikidata());
    }

    @Test
    void aTitleNoNamesakeHoldsLeavesTheNameUnlinked() {
        mention(MentionKind.PERSON_NAME, "Kal", "spokesman", null);
        mention(MentionKind.PLACE_NAME, "Norland", null, null);

        assertNull(actorOf(0, LocalDate.of(2021, 5, 1)).wikidata());
    }

    @Test
    void withoutTheStateInTheArticleTheFamilyNameStaysUnlinked() {
        mention(MentionKind.PERSON_NAME, "Kal", null, null);
        mention(MentionKind.PLACE_NAME, "Sudria", null, null);

        assertNull(actorOf(0, LocalDate.of(2021, 5, 1)).wikidata());
    }

    @Test
    void withoutADateNamesakesStayUnlinked() {
        mention(MentionKind.PERSON_NAME, "Kal", null, null);
        mention(MentionKind.PLACE_NAME, "Norland", null, null);

        assertNull(actorOf(0, null).wikidata());
    }

    @Test
    void aBareFamilyNameNeedsItsStateInTheArticle() {
        mention(MentionKind.PERSON_NAME, "Lee", null, null);
        assertNull(actorOf(0, LocalDate.of(2019, 1, 1)).wikidata(), "no state named: any Lee");

        mention(MentionKind.DEMONYM, "Sudrian", null, null);
        Actor lee = actorOf(0, LocalDate.of(2019, 1, 1));
        assertEquals("Q20", lee.wikidata());
        assertEquals(0.85, lee.confidence());
    }

    @Test
    void anOrganizationOfTheStateIsContextToo() {
        ActorResolver withSeat = new ActorResolver(Gazetteer.of(new GazetteerData(List.of(NORLAND, SUDRIA),
                List.of(LEADER, PREMIER, OUTGOING, INCOMING),
                List.of(new OrganizationEntry("Q300", "Palace of Sudport", List.of("the Palace"),
                        OrganizationType.GOVERNMENT, "Q2"),
                        new OrganizationEntry("Q301", "League of States", List.of(), OrganizationType.INTERNATIONAL,
                                null)))));
        mention(MentionKind.PERSON_NAME, "Lee", null, null);
        mention(MentionKind.ORGANIZATION_NAME, "the League of States", null, null);
        mention(MentionKind.ORGANIZATION_NAME, "the Palace", null, null);

        ResolvedActors resolved = withSeat.resolve(mentions, LocalDate.of(2019, 1, 1));

        assertTrue(resolved.actor("Q20").isPresent(), resolved.actors().toString());
    }

    @Test
    void aUniqueFullNameIsLinkedForSure() {
        mention(MentionKind.PERSON_NAME, "Lee Ara", null, null);

        Actor lee = actorOf(0, LocalDate.of(2019, 1, 1));
        assertEquals("Q20", lee.wikidata());
        assertEquals(1.0, lee.confidence());
    }

    @Test
    void aPersonAndAStateOfTheSameNameAreNeverMixed() {
        mention(MentionKind.PERSON_NAME, "Sudria", null, null);
        mention(MentionKind.PLACE_NAME, "Sudria", null, null);

        Actor person = actorOf(0, LocalDate.of(2019, 1, 1));
        Actor state = actorOf(1, LocalDate.of(2019, 1, 1));

        assertEquals(ActorType.PERSON, person.type());
        assertNull(person.wikidata());
        assertEquals("Q2", state.wikidata());
        assertEquals(ActorType.STATE, state.type());
        assertTrue(resolver.resolve(List.of(new ActorMention(MentionKind.PLACE_NAME, new Span(0, 7), 0, "Lee Ara",
                null, null, null, true)), LocalDate.of(2019, 1, 1)).actors().isEmpty(), "a person's name is no place");
    }
}
