package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

class PublisherVoiceTest {
    private static final Actor NETWORK = actor("Q1", ActorType.ORGANIZATION, "Daily Planet", "The Daily Planet");
    private static final Actor MAYOR = actor("Q2", ActorType.PERSON, "Ann Reyes");
    private static final ResolvedActors ACTORS = new ResolvedActors(List.of(NETWORK, MAYOR), List.of(
            new ResolvedMention(new Span(0, 12), 0, "Q1", MentionKind.ORGANIZATION_NAME),
            new ResolvedMention(new Span(40, 49), 1, "Q2", MentionKind.PERSON_NAME)));
    private static final List<Statement> STATEMENTS = List.of(
            statement("Q1", List.of()), statement("Q2", List.of("Q1")), statement(null, List.of()));

    private static Actor actor(String id, ActorType type, String label, String... names) {
        return new Actor(id, type, label, Set.of(names), id, null, null, null, null, 1.0, List.of());
    }

    private static Statement statement(String speaker, List<String> about) {
        return new Statement(speaker, "the bridge will close", QuoteKind.INDIRECT, "say", null, null, about,
                "evidence", new Span(0, 10), 0.8);
    }

    @Test
    void thePublishersOwnReportingIsNoStatementAndItIsNoActor() {
        PublisherVoice.Result r = PublisherVoice.withoutPublisher("DAILY PLANET", ACTORS, STATEMENTS);
        assertEquals(List.of("Q2"), r.actors().actors().stream().map(Actor::id).toList());
        assertTrue(r.actors().mentions().stream().noneMatch(m -> m.actorId().equals("Q1")));
        assertEquals(2, r.statements().size(), "the publisher's statement dropped, the others kept");
        assertEquals("Q2", r.statements().get(0).speaker());
        assertEquals(List.of(), r.statements().get(0).about(), "nor is it what a statement is about");
    }

    @Test
    void anotherPublisherOrNoneChangesNothing() {
        assertEquals(STATEMENTS, PublisherVoice.withoutPublisher("Evening Star", ACTORS, STATEMENTS).statements());
        assertEquals(ACTORS, PublisherVoice.withoutPublisher(null, ACTORS, STATEMENTS).actors());
        ResolvedActors person = new ResolvedActors(List.of(MAYOR), List.of());
        assertEquals(person, PublisherVoice.withoutPublisher("Ann Reyes", person, List.of()).actors(),
                "only an organization publishes");
    }
}
