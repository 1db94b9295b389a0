package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Events named by nouns whose actors are written around them, on sentences written for the test. */
class NominalEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void twoStatesJoinedByAHyphenAreBothPartiesOfTheirTalks() {
        EventFixture.Result r = EventFixture.extract("Kenya-Somalia talks resumed in Nairobi on Tuesday.");
        r.get("04", KENYA, SOMALIA);
        r.get("04", SOMALIA, KENYA);
    }

    @Test
    void anEventNounCompletingAnotherNounIsDoneByItsDoer() {
        EventFixture.extract("Kenya gave the order for an invasion of Somalia.").get("19", KENYA, SOMALIA);
    }

    @Test
    void anAmountOfAnEventNounStandsForTheNoun() {
        EventFixture.extract("Kenya announced $2 billion in military aid for Somalia.").get("07", KENYA, SOMALIA);
    }

    @Test
    void anAmountPromisedIsAPromiseOfWhatItCountsAndNotYetGiven() {
        EventFixture.Result r = EventFixture.extract("Kenya pledged 500 million euros in military aid to Somalia.");
        org.junit.jupiter.api.Assertions.assertEquals("0332", r.get("03", KENYA, SOMALIA).cameo());
        org.junit.jupiter.api.Assertions.assertEquals(org.newsgraph.model.Modality.PLANNED,
                r.get("07", KENYA, SOMALIA).modality());
    }

    @Test
    void exercisesWithSomeoneOrJointOnesAreMilitaryCooperationAndNearSomeoneAShowOfForce() {
        org.junit.jupiter.api.Assertions.assertEquals("062",
                EventFixture.extract("Kenya held military exercises with Somalia on Monday.").get("06", KENYA, SOMALIA).cameo());
        EventFixture.Result joint = EventFixture.extract("Kenya and Somalia held joint naval drills in May.");
        joint.get("06", KENYA, SOMALIA);
        joint.get("06", SOMALIA, KENYA);
        EventFixture.extract("Kenya held military drills near Somalia on Monday.").get("15", KENYA, SOMALIA);
    }

    @Test
    void exercisesArmedForcesHoldAreMilitaryOnes() {
        EventFixture.extract("Kenya's navy held exercises near Somalia on Monday.").get("15", KENYA, SOMALIA);
        org.junit.jupiter.api.Assertions.assertTrue(EventFixture.extract("The students staged exercises in Somalia.")
                .ofRoot("15").isEmpty(), "exercises of anyone else are no show of force");
    }

    @Test
    void aFightBetweenTwoHasEachAgainstTheOther() {
        EventFixture.Result r = EventFixture.extract("The fight between Kenya and Somalia went on for weeks.");
        r.get("19", KENYA, SOMALIA);
        r.get("19", SOMALIA, KENYA);
    }

    @Test
    void aCounteroffensiveIsAnAttack() {
        EventFixture.extract("Kenya's counteroffensive against Somalia began on Monday.").get("19", KENYA, SOMALIA);
    }

    @Test
    void whatALawIsForIsDoneByWhoeverPassesIt() {
        EventFixture.extract("Kenya passed a law to expel Somali diplomats.").get("16", KENYA, SOMALIA);
    }

    @Test
    void whatALawIsForIsDoneByWhoeverPassesItWhereverTheParserHangsIt() {
        // the parser hangs "to ban" on "passed"; passing the law is no event of its own
        EventFixture.Result r = EventFixture.extract(
                "Kenya passed legislation Wednesday evening to ban TikTok from government devices.");
        org.junit.jupiter.api.Assertions.assertEquals("172", r.only("17").cameo());
        org.junit.jupiter.api.Assertions.assertTrue(r.only("17").agents().contains(KENYA), r.events().toString());
        org.junit.jupiter.api.Assertions.assertTrue(r.ofRoot("08").isEmpty(), r.events().toString());
    }

    @Test
    void restartingTalksLendsTheSubject() {
        EventFixture.Result r = EventFixture.extract("Kenya's president promised to restart talks with Somalia.");
        r.get("03", KENYA, SOMALIA);
        EventFixture.extract("Kenya resumed talks with Somalia on Monday.").get("04", KENYA, SOMALIA);
        EventFixture.extract("Kenya agreed to open talks with Somalia.").get("03", KENYA, SOMALIA);
    }

    @Test
    void aPackageOfSanctionsIsSanctionsAndOneOfAidIsAid() {
        EventFixture.extract("Kenya announced a new sanctions package against Somalia.").get("16", KENYA, SOMALIA);
        EventFixture.extract("Kenya announced a new military aid package for Somalia.").get("07", KENYA, SOMALIA);
    }

    @Test
    void anActBeingPreparedIsPlannedByWhoeverPreparesIt() {
        // the parser hangs "for Somalia" on the verb
        org.newsgraph.model.Event aid = EventFixture.extract("Kenya is preparing an aid package for Somalia.").get("07", KENYA, SOMALIA);
        assertEquals(org.newsgraph.model.Modality.PLANNED, aid.modality());
    }

    @Test
    void supportForSomeonesCauseIsPraiseAndMilitarySupportIsAid() {
        EventFixture.extract("Kenya declared its support for Somalia's reform campaign.").get("05", KENYA, SOMALIA);
        org.junit.jupiter.api.Assertions.assertEquals("072",
                EventFixture.extract("Kenya pledged military support for Somalia.").get("07", KENYA, SOMALIA).cameo());
    }

    @Test
    void standingWithSomeoneIsSupport() {
        EventFixture.extract("Kenya stood with Somalia throughout the crisis.").get("05", KENYA, SOMALIA);
    }

    @Test
    void anInvestigationIntoSomeoneIsInvestigatingThem() {
        assertEquals("090", EventFixture.extract("Kenya launched an investigation into Somalia's role in the attack.")
                .get("09", KENYA, SOMALIA).cameo());
    }

    @Test
    void sharingIntelligenceIsCooperationButSharingABorderIsNot() {
        assertEquals("064", EventFixture.extract("Kenya shared intelligence with Somalia.").get("06", KENYA, SOMALIA).cameo());
        EventFixture.Result border = EventFixture.extract("Kenya shared a border with Somalia.");
        org.junit.jupiter.api.Assertions.assertTrue(border.ofRoot("06").isEmpty(), border.events().toString());
    }

    @Test
    void aBanImposedOnOrLiftedForAnActorIsASanctionAndABanOnAThingIsNone() {
        assertEquals("163", EventFixture.extract("Kenya imposed a travel ban on Somali officials.").get("16", KENYA, SOMALIA).cameo());
        assertEquals("085", EventFixture.extract("Kenya lifted its ban on Somali imports.").get("08", KENYA, SOMALIA).cameo());
        EventFixture.Result thing = EventFixture.extract("Kenya imposed a ban on plastic bags.");
        org.junit.jupiter.api.Assertions.assertTrue(thing.ofRoot("16").isEmpty(), thing.events().toString());
    }

    @Test
    void anActDoneWithSomethingIsDoneByTheVerbsSubject() {
        // "with a counteroffensive": the noun names how the subject acts, also through "hopes to"
        EventFixture.extract("Kenya responded with airstrikes on Somalia.").get("19", KENYA, SOMALIA);
        EventFixture.extract("Kenya hopes to turn the tide of the war with a counteroffensive against Somalia.")
                .get("19", KENYA, SOMALIA);
        // the one something is done to is no doer ("was hit with sanctions")
        EventFixture.Result r = EventFixture.extract("Somalia was hit with sanctions by Kenya.");
        org.junit.jupiter.api.Assertions.assertTrue(r.find("16", SOMALIA, KENYA).isEmpty() && r.find("17", SOMALIA, KENYA).isEmpty(),
                r.events().toString());
    }

    @Test
    void anEventExpectedSoonIsPlanned() {
        assertEquals(org.newsgraph.model.Modality.PLANNED,
                EventFixture.extract("Kenya's impending counteroffensive against Somalia worries its neighbours.").get("19", KENYA, SOMALIA).modality());
    }

    @Test
    void aByPhraseHungOnAnActiveVerbNamesTheDoerOfItsEventNoun() {
        // the parser hangs "by Somalia" on "warned", which, active, has no doer for "by" to name
        EventFixture.extract("Kenya warned of an imminent invasion of Ethiopia by Somalia.").get("19", SOMALIA, "Q115");
    }
}
