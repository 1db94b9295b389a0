package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Appeals and demands coded by the act they ask for, on sentences written for the test. */
class RequestedActsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void anAppealToResignIsAnAppealForAChangeInLeadership() {
        assertEquals("0241", EventFixture.extract("Kenyan lawmakers urged Somali President Hassan Sheikh Mohamud to resign.")
                .only("02").cameo());
    }

    @Test
    void anAppealToNegotiateOrToReleaseSomeoneHasItsOwnBranch() {
        assertEquals("026", EventFixture.extract("Kenya urged Somalia to negotiate with Ethiopia.").get("02", KENYA, SOMALIA).cameo());
        assertEquals("0253", EventFixture.extract("Kenya urged Somalia to release the prisoners.").get("02", KENYA, SOMALIA).cameo());
    }

    @Test
    void callingOnSomeoneReadAsAParticleIsAnAppeal() {
        assertEquals("0256", EventFixture.extract("Kenya called on Somalia to withdraw its troops from Ethiopia.")
                .get("02", KENYA, SOMALIA).cameo());
    }

    @Test
    void aDemandTakesTheDemandBranchOfTheAct() {
        assertEquals("1056", EventFixture.extract("Kenya demanded that Somalia withdraw its troops from Ethiopia.")
                .get("10", KENYA, SOMALIA).cameo());
    }

    @Test
    void anActSomeoneElseIsToDoLeavesTheAppealPlain() {
        assertEquals("020", EventFixture.extract("Kenya urged Somalia to let Ethiopia's president resign.")
                .get("02", KENYA, SOMALIA).cameo());
    }

    @Test
    void encouragingOrPersuadingSomeoneToActIsAnAppeal() {
        assertEquals("026", EventFixture.extract("Kenya encouraged Somalia to hold talks with Ethiopia.").get("02", KENYA, SOMALIA).cameo());
        assertEquals("0254", EventFixture.extract("Somalia tried to persuade Kenya to lift its sanctions on Somalia.")
                .get("02", SOMALIA, KENYA).cameo());
    }

    @Test
    void anAppealNamedByItsNounIsAnAppeal() {
        EventFixture.extract("Kenya's appeal to Somalia went unanswered.").get("02", KENYA, SOMALIA);
    }

    @Test
    void whatIsAskedOfSomeoneIsNoEventOfItsOwn() {
        EventFixture.Result r = EventFixture.extract("Kenya urged Somalia to lift its sanctions on Ethiopia.");
        assertEquals("0254", r.get("02", KENYA, SOMALIA).cameo());
        org.junit.jupiter.api.Assertions.assertTrue(r.ofRoot("08").isEmpty(), r.events().toString());
    }

    @Test
    void callingOnSomeoneToActReadAsAPurposeClauseIsAnAppealForThatAct() {
        // the parser reads "on X to resign" as a clause of purpose with X its subject
        assertEquals("0241", EventFixture.extract("Kenya called on President Nicolas Maduro to resign.")
                .get("02", KENYA, "Q58132").cameo());
    }

    @Test
    void aNounOfTheActAskedForNamesTheOneAsked() {
        EventFixture.Result called = EventFixture.extract("Kenya called for the resignation of Somali President Hassan Sheikh Mohamud.");
        assertEquals("0241", called.get("02", KENYA, "Q319153").cameo());
        org.junit.jupiter.api.Assertions.assertTrue(called.ofRoot("08").isEmpty(), "nobody resigned: " + called.events());
        EventFixture.Result demanded = EventFixture.extract("Kenyan lawmakers demanded the resignation of Somali President Hassan Sheikh Mohamud.");
        assertEquals("1041", demanded.get("10", "group/Q114-lawmakers", "Q319153").cameo());
        org.junit.jupiter.api.Assertions.assertTrue(demanded.ofRoot("08").isEmpty(), "nobody resigned: " + demanded.events());
    }

    @Test
    void callingForWhatOthersAreToDoToSomeoneIsNoAppealToThem() {
        EventFixture.Result r = EventFixture.extract("Kenya called for the release of Somali President Hassan Sheikh Mohamud.");
        org.junit.jupiter.api.Assertions.assertTrue(r.find("02", KENYA, "Q319153").isEmpty(), r.events().toString());
    }

    @Test
    void insistingThatSomethingIsSoIsAClaimNotADemand() {
        for (String text : java.util.List.of("Kenya insisted that Somalia was not part of the attack.",
                "Kenya insists Somalia has no troops in Ethiopia.", "Kenya insisted that Somalia would never win.",
                // parsed with "conscripts" as the object of "insisted" and the clause hung elsewhere
                "Somalia has confirmed that its conscripts have been involved in the attack on Kenya and that some were "
                        + "taken prisoner by Kenyan forces, just a day after Somali President Ali Hassan insisted conscripts "
                        + "were not part of the assault.")) {
            EventFixture.Result r = EventFixture.extract(text);
            org.junit.jupiter.api.Assertions.assertTrue(r.ofRoot("10").isEmpty(), text + " " + r.events());
        }
    }
}
