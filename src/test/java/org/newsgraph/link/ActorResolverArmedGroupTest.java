package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

/** Armed groups in {@link ActorResolver}, on an invented gazetteer. */
class ActorResolverArmedGroupTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland"), List.of("Norlandic"), List.of("Nordstad"));

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(
            List.of(NORLAND), List.of(new PersonEntry("Q70", "Anna Kessler", List.of("Anna Kessler"), List.of("Kessler"), List.of())),
            List.of(), List.of(), List.of(
                    new ArmedGroupEntry(null, "Northern Front", List.of("Shimalis", "Kessler Group", "Kessler"), "Q1", "NRLREB"),
                    new ArmedGroupEntry("Q60", "Holy Brigades", List.of(), null, "IMGMUS")))));
    private final List<ActorMention> mentions = new ArrayList<>();

    private void mention(MentionKind kind, String name, String modifier) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(kind, new Span(begin, begin + 10), mentions.size(), name, null, modifier,
                null, true));
    }

    private Actor actorOf(int mentionIndex) {
        ResolvedActors resolved = resolver.resolve(mentions, LocalDate.of(2023, 6, 1));
        Span span = mentions.get(mentionIndex).span();
        String id = resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst().orElseThrow().actorId();
        return resolved.actor(id).orElseThrow();
    }

    @Test
    void aGroupNamedAsAnOrganizationIsPartOfItsState() {
        mention(MentionKind.ORGANIZATION_NAME, "the Northern Front", null);

        Actor group = actorOf(0);

        assertEquals(ActorType.ORGANIZATION, group.type());
        assertEquals("Northern Front", group.label());
        assertEquals("Q1", group.partOf(), "tied to its state even where the article does not name it");
        assertNull(group.wikidata(), "no source gives its id");
    }

    @Test
    void anUntaggedNameIsTheGroupWithOneLabel() {
        mention(MentionKind.DEMONYM, "Shimalis", null);
        mention(MentionKind.ORGANIZATION_NAME, "Northern Front", null);

        assertEquals(actorOf(1).id(), actorOf(0).id());
        assertEquals("Northern Front", actorOf(0).label());
    }

    @Test
    void membersNamedByTheGroupArePartOfIt() {
        mention(MentionKind.GROUP, "Shimalis fighters", "Shimalis");

        Actor fighters = actorOf(0);

        assertEquals("organization/northern-front", fighters.partOf());
    }

    @Test
    void aGroupWithAnIdFromASourceIsLinked() {
        mention(MentionKind.ORGANIZATION_NAME, "Holy Brigades", null);

        assertEquals("Q60", actorOf(0).wikidata());
        assertNull(actorOf(0).partOf(), "a group of several states is part of none");
    }

    @Test
    void aNameTaggedAsAPersonIsTheGroupUnlessAPersonBearsIt() {
        mention(MentionKind.PERSON_NAME, "Kessler Group", null);
        assertEquals(ActorType.ORGANIZATION, actorOf(0).type(), "NER tags some groups' names as persons");

        mentions.clear();
        mention(MentionKind.PERSON_NAME, "Anna Kessler", null);
        mention(MentionKind.PERSON_NAME, "Kessler", null);
        assertEquals(ActorType.PERSON, actorOf(1).type(), "the family name of a person just named is that person");
    }
}
