package org.newsgraph.link;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerData;
import org.newsgraph.lexicon.PartyEntry;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Political parties in {@link ActorResolver}, on an invented gazetteer: two states that each have a
 * "Unity Party", a party only one of them has, and a party of both.
 */
class ActorResolverPartyTest {
    private static final StateEntry NORLAND = new StateEntry("Q1", "NRL", "Norland", "Republic of Norland",
            List.of("Norland"), List.of("Norlandic"), List.of("Nordstad"));
    private static final StateEntry SUDRIA = new StateEntry("Q2", "SDR", "Sudria", "Sudria",
            List.of("Sudria"), List.of("Sudrian"), List.of("Sudport"));
    private static final StateEntry OSTRIA = new StateEntry("Q3", "OST", "Ostria", "Ostria",
            List.of("Ostria"), List.of("Ostrian"), List.of("Ostport"));

    private final ActorResolver resolver = new ActorResolver(Gazetteer.of(new GazetteerData(
            List.of(NORLAND, SUDRIA, OSTRIA), List.of(), List.of(), List.of(
                    new PartyEntry("Q10", "Unity Party", List.of(), List.of("Q1")),
                    new PartyEntry("Q20", "Unity Party", List.of(), List.of("Q2")),
                    new PartyEntry("Q21", "Sudrian Green Alliance", List.of("SGA"), List.of("Q2")),
                    new PartyEntry("Q30", "Old Guard", List.of(), List.of("Q1", "Q2")),
                    new PartyEntry("Q40", "Progressive Party", List.of("Progressives"), List.of("Q3"))))));
    private final ResolverMentions mentions = new ResolverMentions(resolver);

    @Test
    void aPartyNameIsReadAsThePartyOfTheStateTheArticleNames() {
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "the Unity Party", null);

        Actor party = mentions.actorOf(1);

        assertEquals("Q20", party.wikidata());
        assertEquals("Q2", party.partOf(), "a party is tied to its state");
    }

    @Test
    void theStateQualifyingTheNameWinsOverTheArticlesOtherStates() {
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(MentionKind.PLACE_NAME, "Norland", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "Unity Party", "Norlandic");

        assertEquals("Q10", mentions.actorOf(2).wikidata());
    }

    @Test
    void aNameTwoNamedStatesHavePartiesOfStaysUnlinked() {
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(MentionKind.PLACE_NAME, "Norland", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "the Unity Party", null);

        assertNull(mentions.actorOf(2).wikidata());
    }

    @Test
    void aPartyOfAStateTheArticleDoesNotNameIsNotGuessed() {
        mentions.add(MentionKind.PLACE_NAME, "Ostria", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "the Sudrian Green Alliance", null);

        assertNull(mentions.actorOf(1).wikidata(), "even a name only one party has");
    }

    @Test
    void anAcronymNamesItsParty() {
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "SGA", null);

        assertEquals("Q21", mentions.actorOf(1).wikidata());
    }

    @Test
    void aPartyNamedByItsMembersOrWithoutTheWordParty() {
        mentions.add(MentionKind.PLACE_NAME, "Ostria", null);
        mentions.add(MentionKind.DEMONYM, "Progressives", null);
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "Unity", null);

        assertEquals("Q40", mentions.actorOf(1).wikidata(), "\"Progressives\" tagged as a miscellaneous name");
        assertEquals("Q20", mentions.actorOf(3).wikidata(), "\"Unity\" tagged as an organization is the Unity Party of Sudria");
    }

    @Test
    void aGroupNamedByAPartyIsPartOfTheParty() {
        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        mentions.add(new ActorMention(MentionKind.GROUP, new Span(100, 120), 1, "Unity lawmakers", "legislature",
                "Unity", null, true));

        Actor lawmakers = mentions.actorOf(1);

        assertEquals("Q20", lawmakers.partOf(), "\"Unity lawmakers\" are members of Sudria's Unity Party");
    }

    @Test
    void aPartyOfTwoStatesIsPartOfTheOneTheArticleNames() {
        mentions.add(MentionKind.PLACE_NAME, "Norland", null);
        mentions.add(MentionKind.ORGANIZATION_NAME, "the Old Guard", null);
        assertEquals("Q1", mentions.actorOf(1).partOf());

        mentions.add(MentionKind.PLACE_NAME, "Sudria", null);
        Actor both = mentions.actorOf(1);
        assertEquals("Q30", both.wikidata());
        assertNull(both.partOf(), "both its states are named: neither is certain");
    }
}
