package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.ArmedGroupEntry;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.PersonEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;

/** Armed groups in {@link ActorResolver}, on an invented gazetteer. */
class ActorResolverArmedGroupTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland"), List.of("Norlandic"), List.of("Nordstad"));

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(
            List.of(NORLAND), List.of(new PersonEntry("Q70", "Anna Kessler", List.of("Anna Kessler"), List.of("Kessler"), List.of())),
            List.of(), List.of(), List.of(
                    new ArmedGroupEntry(null, "Northern Front", List.of("Shimalis", "Kessler Group", "Kessler"), "Q1", "NRLREB"),
                    new ArmedGroupEntry("Q60", "Holy Brigades", List.of(), null, "IMGMUS")))));
    private final ResolverMentions mentions = new ResolverMentions(resolver);

    @Test
    void aGroupNamedAsAnOrganizationIsPartOfItsState() {
        mentions.add(MentionKind.ORGANIZATION_NAME, "the Northern Front", null);

        Actor group = mentions.actorOf(0);

        assertEquals(ActorType.ORGANIZATION, group.type());
        assertEquals("Northern Front", group.label());
        assertEquals("Q1", group.partOf(), "tied to its state even where the article does not name it");
        assertNull(group.wikidata(), "no source gives its id");
    }

    @Test
    void anUntaggedNameIsTheGroupWithOneLabel() {
        mentions.add(MentionKind.DEMONYM, "Shimalis", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "Northern Front", null);

        assertEquals(mentions.actorOf(1).id(), mentions.actorOf(0).id());
        assertEquals("Northern Front", mentions.actorOf(0).label());
    }

    @Test
    void membersNamedByTheGroupArePartOfIt() {
        mentions.add(MentionKind.GROUP, "Shimalis fighters", "Shimalis");

        Actor fighters = mentions.actorOf(0);

        assertEquals("organization/northern-front", fighters.partOf());
    }

    @Test
    void aGroupWithAnIdFromASourceIsLinked() {
        mentions.add(MentionKind.ORGANIZATION_NAME, "Holy Brigades", null);

        assertEquals("Q60", mentions.actorOf(0).wikidata());
        assertNull(mentions.actorOf(0).partOf(), "a group of several states is part of none");
    }

    @Test
    void aNameTaggedAsAPersonIsTheGroupUnlessAPersonBearsIt() {
        mentions.add(MentionKind.PERSON_NAME, "Kessler Group", null);
        assertEquals(ActorType.ORGANIZATION, mentions.actorOf(0).type(), "NER tags some groups' names as persons");

        mentions.clear();
        mentions.add(MentionKind.PERSON_NAME, "Anna Kessler", null);
        mentions.add(MentionKind.PERSON_NAME, "Kessler", null);
        assertEquals(ActorType.PERSON, mentions.actorOf(1).type(), "the family name of a person just named is that person");
    }
}
