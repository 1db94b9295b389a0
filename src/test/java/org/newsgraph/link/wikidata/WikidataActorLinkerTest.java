package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Span;

class WikidataActorLinkerTest {
    private static final LocalDate DATE = LocalDate.of(2019, 3, 1);
    private static final Actor RUSSIA = new Actor("Q159", ActorType.STATE, "Russia", Set.of("Russia"), "Q159",
            null, null, null, null, 1.0, List.of(new Span(0, 6)));
    private static final Actor MINISTRY = new Actor("organization/Q159-foreign-ministry", ActorType.ORGANIZATION,
            "Russian Foreign Ministry", Set.of("Russian Foreign Ministry", "foreign ministry of Russia"), null,
            null, null, "Q159", null, 1.0, List.of(new Span(10, 34)));
    private static final Actor PETROVA = new Actor("person/an-ptrv", ActorType.PERSON, "Ana Petrova",
            Set.of("Ana Petrova"), null, "spokeswoman", "Q159", null, "organization/Q159-foreign-ministry", 1.0,
            List.of(new Span(40, 51)));

    private final FixtureWikidataApi api = new FixtureWikidataApi();
    private final WikidataActorLinker linker = new WikidataActorLinker(new WikidataLinker(api));

    private static ResolvedMention mention(Actor actor, MentionKind kind) {
        return new ResolvedMention(actor.mentions().get(0), 0, actor.id(), kind);
    }

    @Test
    void linkedActorsTakeTheirWikidataIdEverywhere() {
        ResolvedActors resolved = new ResolvedActors(List.of(RUSSIA, MINISTRY, PETROVA), List.of(
                mention(RUSSIA, MentionKind.PLACE_NAME), mention(MINISTRY, MentionKind.ORGANIZATION_NAME),
                mention(PETROVA, MentionKind.PERSON_NAME)));

        ResolvedActors linked = linker.link(resolved, DATE);

        Actor person = linked.actor("Q99000001").orElseThrow();
        assertEquals("Q99000001", person.wikidata());
        assertEquals("Q99200004", person.memberOf(), "references to a newly linked actor follow it");
        assertEquals("Q159", person.represents());
        assertTrue(person.confidence() < 1.0);
        Actor ministry = linked.actor("Q99200004").orElseThrow();
        assertEquals("Ministry of Foreign Affairs of Russia", ministry.label());
        assertTrue(ministry.names().contains("Russian Foreign Ministry"), "the article's name stays an alt label");
        assertEquals(List.of("Q159", "Q99200004", "Q99000001"),
                linked.mentions().stream().map(ResolvedMention::actorId).toList());
    }

    @Test
    void anActorAlreadyLinkedToTheItemAbsorbsTheNewlyLinkedOne() {
        Actor known = new Actor("Q99000001", ActorType.PERSON, "Ana Petrova", Set.of("Petrova"), "Q99000001",
                null, null, null, null, 1.0, List.of(new Span(60, 67)));
        ResolvedActors resolved = new ResolvedActors(List.of(RUSSIA, known, PETROVA),
                List.of(mention(known, MentionKind.PERSON_NAME), mention(PETROVA, MentionKind.PERSON_NAME)));

        ResolvedActors linked = linker.link(resolved, DATE);

        assertEquals(2, linked.actors().size());
        Actor merged = linked.actor("Q99000001").orElseThrow();
        assertEquals(1.0, merged.confidence(), "the certain link keeps its confidence");
        assertEquals("spokeswoman", merged.position(), "gaps are filled from the other actor");
        assertEquals(List.of(new Span(40, 51), new Span(60, 67)), merged.mentions());
    }

    @Test
    void anItemAlreadyAnotherKindOfActorIsNotLinkedAgain() {
        Actor clash = new Actor("Q99000001", ActorType.ORGANIZATION, "Something", Set.of(), "Q99000001",
                null, null, null, null, 1.0, List.of(new Span(60, 67)));
        ResolvedActors linked = linker.link(new ResolvedActors(List.of(clash, PETROVA), List.of()), DATE);

        assertTrue(linked.actor(PETROVA.id()).isPresent());
    }

    @Test
    void singleNamesAndStatesAreNotSearched() {
        Actor surname = new Actor("person/ptrv", ActorType.PERSON, "Petrova", Set.of(), null, null, null, null,
                null, 1.0, List.of());
        Actor unlinkedState = new Actor("state/utopia", ActorType.STATE, "Utopia", Set.of(), null, null, null, null,
                null, 1.0, List.of());

        linker.link(new ResolvedActors(List.of(surname, unlinkedState, RUSSIA), List.of()), DATE);

        assertEquals(List.of(), api.searched);
    }

    @Test
    void queriesCarryTheArticleContext() {
        LinkQuery query = WikidataActorLinker.query(PETROVA, DATE).orElseThrow();
        assertEquals("Q159", query.stateId());
        assertEquals("spokeswoman", query.position());
        assertEquals(DATE, query.date());
        assertNull(WikidataActorLinker.query(new Actor("person/x", ActorType.PERSON, "Ana Petrova", Set.of(), null,
                null, "person/y", null, null, 1.0, List.of()), DATE).orElseThrow().stateId(), "only Q-ids are states");
    }
}
