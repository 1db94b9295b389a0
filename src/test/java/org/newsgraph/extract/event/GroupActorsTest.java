package org.newsgraph.extract.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.ActorType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unnamed groups from the Phoenix agent dictionary, as actors of events, on sentences written for the test. */
class GroupActorsTest {
    private static final String KENYA = "Q114";
    private static final String SUDAN = "Q1049";

    private static Actor group(EventFixture.Result r, String kindSlug) {
        return r.actors().actors().stream().filter(a -> a.id().startsWith("group/") && a.id().endsWith(kindSlug))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + kindSlug + " in " + r.actors().actors()));
    }

    @Test
    void aBareStateInstitutionBelongsToTheStateTheArticleIsAbout() {
        EventFixture.Result r = EventFixture.extract("Kenya held a tense election on Monday. "
                + "Kenya's electoral board counted the votes. The police arrested the opposition leader Raila Odinga. "
                + "A gunman attacked a convoy.");
        Actor police = group(r, "police");
        assertEquals(KENYA, police.partOf());
        assertEquals("Kenyan police", police.label());
        assertTrue(police.names().contains("Kenya's police"), police.names().toString());
        assertEquals("173", r.only("17").cameo());
        assertEquals(null, group(r, "gunman").partOf(), "a gunman is nobody's institution");
    }

    @Test
    void noStateIsAssumedWhenTheArticleIsAboutTwo() {
        EventFixture.Result r = EventFixture.extract("Kenya and Sudan held talks on Monday. Kenya and Sudan signed a deal. "
                + "The police arrested dozens of people.");
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.id().startsWith("group/") && a.partOf() != null),
                r.actors().actors().toString());
    }

    @Test
    void aGroupWithItsNationalityIsPartOfThatState() {
        EventFixture.Result r = EventFixture.extract("Sudanese protesters denounced Kenya on Friday.");
        Actor protesters = group(r, "protesters");
        assertEquals(ActorType.ORGANIZATION, protesters.type());
        assertEquals(SUDAN, protesters.partOf());
        assertEquals("Sudanese protesters", protesters.label());
        assertTrue(protesters.names().contains("protesters of Sudan"), protesters.names().toString());
        r.get("11", protesters.id(), KENYA);
    }

    @Test
    void aGroupRisingAgainstItsOwnStatesOrgansDoesNotActForThatState() {
        EventFixture.Result r = EventFixture.extract("Sudanese rebels attacked the Sudanese army near Khartoum.");
        Actor rebels = group(r, "rebels");
        Event attack = r.only("19");
        assertEquals(List.of(rebels.id()), attack.agents(), "the rebels are no act of Sudan: " + attack);
        assertTrue(attack.targets().contains(SUDAN), attack.toString());
        // a state's organ acting on a group of its own people still acts for the state
        EventFixture.Result crackdown = EventFixture.extract("The Sudanese army attacked Sudanese rebels near Khartoum.");
        assertTrue(crackdown.only("19").agents().contains(SUDAN), crackdown.only("19").toString());
    }

    @Test
    void aTwoWordNationalityOpeningTheSentenceIsTheGroupsState() {
        // at the start of a sentence the parser hangs "Sri" and "Lankan" from the noun one by one
        EventFixture.Result r = EventFixture.extract("Sri Lankan protesters denounced Kenya on Friday.");
        Actor protesters = group(r, "protesters");
        assertEquals("Q854", protesters.partOf());
        assertEquals("Sri Lankan protesters", protesters.label());
    }

    @Test
    void demonstratorsAndProtestersOfAStateAreOneGroupLabelledWithTheStatesAdjective() {
        EventFixture.Result r = EventFixture.extract("Sudanese demonstrators denounced Kenya on Friday. "
                + "Sudan's protesters marched again on Saturday. Conservative legislators of Sudan condemned Kenya.");
        assertEquals(1, r.actors().actors().stream().filter(a -> a.id().startsWith("group/" + SUDAN + "-protesters")).count(),
                r.actors().actors().toString());
        Actor protesters = group(r, "-protesters");
        assertEquals("Sudanese protesters", protesters.label(), "one label whichever mention came first");
        assertTrue(protesters.names().contains("Sudanese demonstrators"), protesters.names().toString());
        assertTrue(protesters.names().contains("Sudan's protesters"), protesters.names().toString());
    }

    @Test
    void aGroupOfAPossessivePronounIsOfTheStateOfThePersonNamedBefore() {
        EventFixture.Result r = EventFixture.extract("Sudanese President Omar al-Bashir thanked his soldiers on Monday.");
        Actor soldiers = group(r, "-soldiers");
        assertEquals(SUDAN, soldiers.partOf());
        assertEquals("Sudanese soldiers", soldiers.label());
    }

    @Test
    void aStatesInstitutionInTheCountryIsItsButOtherPeopleThereNeedNotBe() {
        EventFixture.Result r = EventFixture.extract("Police in Kenya arrested the opposition leader Raila Odinga.");
        Actor police = group(r, "-police");
        assertEquals(KENYA, police.partOf());
        Event arrest = r.only("17");
        assertEquals("173", arrest.cameo());
        assertTrue(arrest.targets().stream().anyMatch(t -> t.startsWith("person/") || t.startsWith("Q")),
                "the name after its title is the one arrested: " + arrest);
        EventFixture.Result refugees = EventFixture.extract("Refugees in Kenya denounced Sudan on Friday.");
        assertTrue(refugees.actors().actors().stream().noneMatch(a -> KENYA.equals(a.partOf())), refugees.actors().actors().toString());
    }

    @Test
    void aBareGroupIsAnActorAndALaterMentionFindsTheGroupNamedWithItsState() {
        EventFixture.Result r = EventFixture.extract(
                "On Monday the rebels attacked Sudan again. Kenyan rebels had attacked a convoy near the border.");
        Actor rebels = group(r, "rebels");
        assertEquals(KENYA, rebels.partOf());
        assertEquals(1, r.actors().actors().stream().filter(a -> a.id().endsWith("rebels")).count());
        r.get("19", rebels.id(), SUDAN);
    }

    @Test
    void aStateGroupIsAlsoNamedWithTheStatesShortName() {
        EventFixture.Result r = EventFixture.extract("American soldiers attacked a convoy in Kenya.");
        Actor soldiers = r.actors().actors().stream().filter(a -> "Q30".equals(a.partOf())).findFirst()
                .orElseThrow(() -> new AssertionError(r.actors().actors().toString()));
        assertTrue(soldiers.names().containsAll(List.of("US soldiers", "USA soldiers", "soldiers of United States")),
                soldiers.names().toString());
    }

    @Test
    void aParticipleInFrontIsNoPartOfTheGroupsName() {
        EventFixture.Result r = EventFixture.extract("Cheering Kenyan protesters filled the streets of Nairobi.");
        assertEquals("Kenyan protesters", group(r, "protesters").label());
    }

    @Test
    void aNumberOfPeopleActsAsThePeopleCounted() {
        EventFixture.Result r = EventFixture.extract("A growing number of Kenyan protesters denounced Somalia on Friday.");
        r.get("11", group(r, "protesters").id(), "Q1045");
    }

    @Test
    void aQuantifierInFrontIsNoPartOfTheGroupsName() {
        EventFixture.Result r = EventFixture.extract("Several Kenyan protesters denounced Somalia on Friday.");
        assertEquals("Kenyan protesters", group(r, "protesters").label());
    }

    @Test
    void aSingularTitleAndABareGovernmentWordAreNoGroups() {
        EventFixture.Result r = EventFixture.extract("The minister said the government would act.");
        List<Actor> groups = r.actors().actors().stream().filter(a -> a.id().startsWith("group/")).toList();
        assertTrue(groups.isEmpty(), groups.toString());
    }

    @Test
    void aGroupTiedToNoStateIsTheDoerOfWhatItDoesButNobodyActedOn() {
        EventFixture.Result r = EventFixture.extract("Protesters denounced Kenya on Friday.");
        assertEquals(List.of("group/protesters"), r.only("11").agents(), r.events().toString());
        EventFixture.Result acted = EventFixture.extract("Kenya denounced protesters on Friday.");
        assertTrue(acted.events().stream().flatMap(e -> e.targets().stream()).noneMatch(id -> id.startsWith("group/")),
                acted.events().toString());
        // a single person of no name is read through what the article says of him, not as a group
        EventFixture.Result single = EventFixture.extract("A protester denounced Kenya on Friday.");
        assertTrue(single.events().stream().flatMap(e -> e.agents().stream()).noneMatch(id -> id.startsWith("group/")),
                single.events().toString());
    }

    @Test
    void weaponsInTheAgentDictionaryAreNoGroups() {
        EventFixture.Result r = EventFixture.extract("Kenyan fighter jets flew over Sudan.");
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.id().endsWith("jets")), r.actors().actors().toString());
    }

    @Test
    void aStatesPeopleAreAGroupOfItButPeopleOfNoStateAreNobody() {
        EventFixture.Result r = EventFixture.extract("The Kenyan president praised the Kenyan people for their patience.");
        assertEquals(KENYA, group(r, "-people").partOf());
        EventFixture.Result bare = EventFixture.extract("Many people praised the Kenyan president.");
        assertTrue(bare.actors().actors().stream().noneMatch(a -> a.id().endsWith("people")), bare.actors().actors().toString());
    }

    @Test
    void aBodyOfAStateBringsItsStateAlong() {
        Event condemnation = EventFixture.extract("The Kenyan Foreign Ministry condemned Sudan.").only("11");
        assertTrue(condemnation.agents().contains(KENYA), condemnation.toString());
        assertTrue(condemnation.agents().stream().anyMatch(id -> id.startsWith("organization/")), condemnation.toString());
    }

    @Test
    void aBareKindIsNotAnotherKindEndingInTheSameWord() {
        EventFixture.Result r = EventFixture.extract("Kenya held a tense election on Monday. Kenya's former prime ministers met "
                + "in Nairobi. Kenya's opposition criticized the vote. Five ministers resigned on Wednesday.");
        assertTrue(r.actors().actors().stream().anyMatch(a -> a.id().equals("group/Q114-ministers")),
                r.actors().actors().toString());
    }


    @Test
    void aBareKindIsTheSameKindNarrowedByAWordNamedBefore() {
        EventFixture.Result r = EventFixture.extract("Kenya held a tense election on Monday. On Tuesday, federal prosecutors charged "
                + "the opposition leader Raila Odinga. The prosecutors also charged his deputy.");
        Actor prosecutors = group(r, "federal-prosecutors");
        assertTrue(prosecutors.names().contains("prosecutors"), prosecutors.names().toString());
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.id().equals("group/Q114-prosecutors")),
                r.actors().actors().toString());
    }

    @Test
    void aBareBodyIsNotTheBodyToldApartBefore() {
        EventFixture.Result r = EventFixture.extract("Kenya held a tense election on Monday. On Tuesday, a lower court "
                + "rejected the appeal of the opposition leader Raila Odinga. The court said it would hear the case in May.");
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.label().contains("lower court") && a.names().contains("court")),
                r.actors().actors().toString());
    }

    @Test
    void aBareKindOfMinistersIsNotTheMinistersOfAPortfolio() {
        EventFixture.Result r = EventFixture.extract("Kenya held a tense election on Monday. The foreign ministers met "
                + "in Nairobi on Tuesday. Five ministers resigned on Wednesday.");
        assertTrue(!group(r, "foreign-ministers").names().contains("ministers"), r.actors().actors().toString());
        assertTrue(r.actors().actors().stream().anyMatch(a -> a.label().equals("ministers")), r.actors().actors().toString());
    }
    @Test
    void aBodyNamedAfterARegionOfAStateIsOfThatState() {
        EventFixture.Result r = EventFixture.extract("Mombasa Governor John Kamau said the county would sue the contractor.");
        Actor kamau = r.actors().actors().stream().filter(a -> a.label().equals("John Kamau")).findFirst()
                .orElseThrow(() -> new AssertionError(r.actors().actors().toString()));
        assertEquals(KENYA, kamau.represents(), r.actors().actors().toString());
    }

    @Test
    void itsIsTheStateNamedAsSuchNotTheOneQualifyingAnotherActor() {
        EventFixture.Result r = EventFixture.extract(
                "Kenya put the number of Sudanese soldiers far higher, according to its intelligence service.");
        Actor service = r.actors().actors().stream().filter(a -> a.label().contains("intelligence service")).findFirst()
                .orElseThrow(() -> new AssertionError(r.actors().actors().toString()));
        assertEquals(KENYA, service.partOf(), service.toString());
    }

    @Test
    void aLeadersOwnForcesAreTheStatesForces() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto praised his forces on Monday.");
        Event praise = r.only("05");
        Actor forces = r.actors().actors().stream().filter(a -> praise.targets().contains(a.id())
                && a.type() == ActorType.ORGANIZATION).findFirst().orElseThrow(() -> new AssertionError(praise.toString()));
        assertEquals(KENYA, forces.partOf());
        assertEquals("Kenyan forces", forces.label());
        EventFixture.Result office = EventFixture.extract("Kenyan President William Ruto visited his office in Nairobi.");
        assertTrue(office.actors().actors().stream().noneMatch(a -> a.label().endsWith("office")), office.actors().actors().toString());
    }

    @Test
    void peopleOfAKindTheDictionaryLacksAreAGroupOfTheirState() {
        // "conscripts" and "hostages" are no Phoenix agents; CoreNLP's animate nouns know them as people
        EventFixture.Result r = EventFixture.extract("Sudanese conscripts attacked Kenya on Friday. "
                + "Kenya said the conscripts had crossed the border.");
        Actor conscripts = group(r, "conscripts");
        assertEquals(SUDAN, conscripts.partOf());
        assertEquals("Sudanese conscripts", conscripts.label());
        assertTrue(conscripts.names().contains("conscripts"), "the bare kind after it is the same group: " + conscripts.names());
        r.get("19", conscripts.id(), KENYA);
    }

    @Test
    void peopleOfSuchAKindWithNoStateOrBodyAreNoActor() {
        EventFixture.Result r = EventFixture.extract("Kenya held an election on Monday. Voters and conscripts waited for hours.");
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.id().endsWith("conscripts")), r.actors().actors().toString());
    }

    @Test
    void aBondIsNoGroupOfTheState() {
        // allies and partners of a state are other states; "our brothers" are the speaker's
        EventFixture.Result r = EventFixture.extract("Kenya met Sudanese allies on Monday. "
                + "Kenya stands with Sudan, our brothers, the president said.");
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.id().startsWith("group/") && a.partOf() != null),
                r.actors().actors().toString());
    }
}
