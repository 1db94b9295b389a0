package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statements that judge an actor, by the hand list of disapproval or by the words' rated valence. */
class JudgementStatementsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void aWordOfDisapprovalFromTheListIsACriticism() {
        EventFixture.extract("\"Somalia has taken an unfriendly position,\" Kenya's foreign minister said.")
                .get("11", KENYA, SOMALIA);
    }

    @Test
    void aPredicateRatedClearlyPositiveIsPraise() {
        EventFixture.extract("\"Somalia has been a great partner,\" Kenya's foreign minister said.").get("05", KENYA, SOMALIA);
    }

    @Test
    void aJudgementBetweenPrivatePersonsAloneIsNone() {
        EventFixture.Result game = EventFixture.extract("\"Kamau is the greatest player in history,\" Otieno said.");
        assertTrue(game.ofRoot("05").isEmpty(), game.events().toString());
        EventFixture.Result mother = EventFixture.extract("\"Wanjiru was the happiest little girl,\" her mother, Njeri Kamau, said.");
        assertTrue(mother.ofRoot("05").isEmpty(), mother.events().toString());
        // a private person's judgement of a state is still one
        EventFixture.extract("\"Somalia has been a great partner,\" Otieno said.").get("05", "person/otn", SOMALIA);
    }

    @Test
    void aJudgementOfWhatAnActorDoesJudgesTheActor() {
        EventFixture.extract("\"Somalia's military threats are a chronic problem for the region,\" Kenya's foreign minister said.")
                .get("11", KENYA, SOMALIA);
    }

    @Test
    void aJudgementOfAStateOfThingsAnActorHasJudgesNobody() {
        assertTrue(EventFixture.extract("\"Somalia's flood crisis has been disastrous this year,\" Kenya's foreign minister said.")
                .ofRoot("11").isEmpty());
        EventFixture.extract("\"Somalia's behavior is abhorrent,\" Kenya's foreign minister said.").get("11", KENYA, SOMALIA);
    }

    @Test
    void aPredicateRatedClearlyNegativeIsACriticism() {
        EventFixture.extract("\"Somalia is a fool,\" Kenya's foreign minister said.").get("11", KENYA, SOMALIA);
    }

    @Test
    void callingSomeoneSomethingRatedIsAJudgementOfThem() {
        EventFixture.extract("Kenya's foreign minister called Somalia a “precious and fundamental” partner.")
                .get("05", KENYA, SOMALIA);
        EventFixture.extract("Kenya's foreign minister described the decision of Somalia as a clear act of irresponsibility.")
                .get("11", KENYA, SOMALIA);
    }

    @Test
    void itInAReportedJudgementIsAnActNotTheHearer() {
        // "it" would resolve to the nearest organization, here the one told
        EventFixture.Result r = EventFixture.extract("Kenya's foreign minister told the Somali National News Agency it was an honest error.");
        assertTrue(r.ofRoot("11").isEmpty() && r.ofRoot("05").isEmpty(), r.events().toString());
    }

    @Test
    void aRatedWordThatNamesAThingJudgesNobody() {
        EventFixture.Result r = EventFixture.extract("\"Somalia fears the war will bring a terrible winter,\" Kenya's foreign minister said.");
        assertTrue(r.ofRoot("11").isEmpty() && r.ofRoot("05").isEmpty(), r.events().toString());
    }

    @Test
    void aJudgedClauseIsNoJudgementOfItsPlaceholder() {
        EventFixture.Result r = EventFixture.extract(
                "Somalia asked for weapons. \"It would be terrible for us to refuse Somalia,\" Kenya's foreign minister said.");
        assertTrue(r.ofRoot("11").isEmpty(), r.events().toString());
    }

    @Test
    void aNegatedJudgementIsNone() {
        EventFixture.Result r = EventFixture.extract("\"Somalia is not a great partner,\" Kenya's foreign minister said.");
        assertTrue(r.ofRoot("05").isEmpty(), r.events().toString());
    }

    @Test
    void aNounOfABondIsPraiseThoughPeopleDoNotRateIt() {
        EventFixture.extract("\"Somalia is our oldest ally,\" Kenya's foreign minister said.").get("05", KENYA, SOMALIA);
    }

    @Test
    void aRatedObjectOfDoingRatesItsSubject() {
        EventFixture.extract("\"Somalia has done a terrible job,\" Kenya's foreign minister said.").get("11", KENYA, SOMALIA);
        EventFixture.extract("\"Somalia made a great contribution to peace,\" Kenya's foreign minister said.")
                .get("05", KENYA, SOMALIA);
    }

    @Test
    void aQuotedJudgementHungFromTheObjectStillJudgesTheObject() {
        EventFixture.extract("Kenya's foreign minister called Somalia's president “a champion of the region” and “a friend of peace.”")
                .get("05", KENYA, SOMALIA);
    }

    @Test
    void aFeelingOfSomeoneElseJudgesNobody() {
        EventFixture.Result tired = EventFixture.extract("Kenya's foreign minister told CNN that “Somalis were tired of so much corruption.”");
        assertTrue(tired.ofRoot("11").isEmpty(), tired.events().toString());
        EventFixture.Result comfortable = EventFixture.extract(
                "Kenya's foreign minister said that the Somali president would be “very comfortable” with the envoy's plan.");
        assertTrue(comfortable.ofRoot("05").isEmpty(), comfortable.events().toString());
        EventFixture.Result frustrated = EventFixture.extract("Kenya's foreign minister said Somalia was frustrated because the rains failed.");
        assertTrue(frustrated.ofRoot("11").isEmpty(), frustrated.events().toString());
        // the parser leaves this "because" unlabelled
        EventFixture.Result flooded = EventFixture.extract(
                "Kenya's foreign minister told CNN that Somalia was frustrated because flooding frequently damages the region.");
        assertTrue(flooded.ofRoot("11").isEmpty(), flooded.events().toString());
    }

    @Test
    void theSpeakersOwnFeelingJudgesWhatItIsAbout() {
        EventFixture.extract("\"We are incredibly happy for Somalia,\" Kenya's foreign minister said.").get("05", KENYA, SOMALIA);
    }

    @Test
    void anAdjectiveOfJudgingWithWhatItIsAboutStillJudgesItsSubject() {
        EventFixture.extract("\"Somalia was wrong about the border,\" Kenya's foreign minister said.").get("11", KENYA, SOMALIA);
        EventFixture.extract("\"Somalia has been great for us,\" Kenya's foreign minister said.").get("05", KENYA, SOMALIA);
        EventFixture.extract("\"Somalia is wicked,\" Kenya's foreign minister said.").get("11", KENYA, SOMALIA);
        EventFixture.extract("\"Somalia has been great for the region,\" Kenya's foreign minister said.").get("05", KENYA, SOMALIA);
    }
}
