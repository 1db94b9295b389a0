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
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * People out of office, office holders known to the day and bodies named after their state, on an
 * invented gazetteer (Norland, Q1).
 */
class ActorResolverOfficeHistoryTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 5, 10);
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland", "Republic of Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final PersonEntry FORMER_PRESIDENT = new PersonEntry("Q10", "Ivo Marten", List.of("Ivo Marten"),
            List.of("Marten"), List.of(
            new Office("Q1", "Q100", "President of Norland", "president", null, null,
                    LocalDate.of(2008, 5, 7), LocalDate.of(2012, 5, 7))));
    private static final PersonEntry FORMER_ENVOY = new PersonEntry("Q11", "Ola Brenn", List.of("Ola Brenn"),
            List.of("Brenn"), List.of(new Office("Q1", null, "ambassador to Sudria", "ambassador to sudria",
            2006, 2016)));
    private static final PersonEntry MINISTER = new PersonEntry("Q12", "Una Brenn", List.of("Una Brenn"),
            List.of("Brenn"), List.of(new Office("Q1", "Q102", "Minister of Foreign Affairs", "minister of foreign affairs",
            null, null, LocalDate.of(2023, 3, 1), null)));
    private static final OrganizationEntry PALACE = new OrganizationEntry("Q50", "Amber Palace", List.of(),
            OrganizationType.GOVERNMENT, "Q1");

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(
            List.of(NORLAND), List.of(FORMER_PRESIDENT, FORMER_ENVOY, MINISTER), List.of(PALACE))));
    private final List<ActorMention> mentions = new ArrayList<>();

    private void mention(MentionKind kind, String name, String title, String modifier, String affiliation) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(kind, new Span(begin, begin + 10), mentions.size(), name, title, modifier,
                affiliation, true));
    }

    private Actor actorOf(int mentionIndex) {
        ResolvedActors resolved = resolver.resolve(mentions, TODAY);
        Span span = mentions.get(mentionIndex).span();
        String id = resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst().orElseThrow().actorId();
        return resolved.actor(id).orElseThrow();
    }

    @Test
    void aFormerOfficeHolderIsLinkedAndActsForTheStateHeServed() {
        mention(MentionKind.PERSON_NAME, "Ivo Marten", "former President", null, null);
        Actor marten = actorOf(0);
        assertEquals("Q10", marten.wikidata());
        assertEquals("Q1", marten.represents());
    }

    @Test
    void aBareFamilyNameMeansWhoeverIsInOfficeOnTheDay() {
        mention(MentionKind.PLACE_NAME, "Norland", null, null, null);
        mention(MentionKind.PERSON_NAME, "Brenn", null, null, null);
        assertEquals("Q12", actorOf(1).wikidata(), "the envoy who left in 2016 is not meant");
    }

    @Test
    void theForeignMinisterOfTheDay() {
        mention(MentionKind.TITLE_ONLY, "foreign minister", "foreign minister", "Norlandic", null);
        assertEquals("Q12", actorOf(0).wikidata());
    }

    @Test
    void aBodyNamedBeforeOrAfterItsStateIsOneActorPartOfIt() {
        mention(MentionKind.ORGANIZATION_NAME, "Security Council of Norland", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Norlandic Security Council", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Norland's Security Council", null, null, null);
        Actor first = actorOf(0);
        assertEquals(first.id(), actorOf(1).id());
        assertEquals(first.id(), actorOf(2).id());
        assertEquals("Q1", first.partOf());
        assertNull(first.wikidata(), "no id is guessed for a body the gazetteer does not know");
    }

    @Test
    void aSpokespersonOfABodyLedByAStateOrganizationActsForThatState() {
        mention(MentionKind.PERSON_NAME, "Tor Vik", "Amber Palace Security Council spokesperson", null,
                "Amber Palace Security Council");
        Actor vik = actorOf(0);
        assertEquals("Q1", vik.represents());
        assertNull(vik.wikidata());
    }

    @Test
    void aMinistryNamedEitherWayIsOneActor() {
        mention(MentionKind.ORGANIZATION_NAME, "Norland's Defense Ministry", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Ministry of National Defence of Norland", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Norlandic Ministry of Foreign Affairs", null, null, null);
        assertEquals(actorOf(0).id(), actorOf(1).id());
        assertEquals("Q1", actorOf(1).partOf());
        assertEquals(NG_ORGANIZATION + "Q1-foreign-ministry", actorOf(2).id());
    }

    private static final String NG_ORGANIZATION = "organization/";

    @Test
    void aNameLedByAStateIsItsBodyOnlyWhenItNamesAnOrganOfGovernment() {
        mention(MentionKind.ORGANIZATION_NAME, "Norland Today", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Norlandic Cancer Society", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Writers Guild of Norland", null, null, null);
        mention(MentionKind.ORGANIZATION_NAME, "Norland Customs", null, null, null);
        for (int i = 0; i < 3; i++) assertNull(actorOf(i).partOf(), actorOf(i).label() + " is an organization of its own");
        assertEquals("Q1", actorOf(3).partOf());
    }

    @Test
    void aBodyOfAKnownOrganizationIsNamedWithItsOwnerOnce() {
        mention(MentionKind.ORGANIZATION_NAME, "Amber Palace's Writers Club", null, "Amber Palace", null);
        assertEquals("Amber Palace's Writers Club", actorOf(0).label());
    }

    @Test
    void aMinorOfficialsNameLinksOnlyWithTheirStateOrTitle() {
        mention(MentionKind.PERSON_NAME, "Ola Brenn", null, null, null);
        assertNull(actorOf(0).wikidata(), "a namesake in an article about something else");
        mentions.clear();
        mention(MentionKind.PLACE_NAME, "Norland", null, null, null);
        mention(MentionKind.PERSON_NAME, "Ola Brenn", null, null, null);
        assertEquals("Q11", actorOf(1).wikidata());
        mentions.clear();
        mention(MentionKind.PERSON_NAME, "Ivo Marten", null, null, null);
        assertEquals("Q10", actorOf(0).wikidata(), "a former head of state needs no context");
    }
}
