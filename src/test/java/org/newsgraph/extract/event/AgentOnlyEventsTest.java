package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/**
 * Acts an agent does alone (resigning, protesting, showing force, arresting) are events without an
 * actor on the other side, when the text states them as facts; a mutual event needs two parties,
 * which are each other's other side; other kinds still need one.
 */
class AgentOnlyEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";

    @Test
    void aPersonResigningYieldsPowerToTheStateTheyRepresent() {
        Event e = EventFixture.extract("Kenya's foreign minister Alfred Mutua resigned on Tuesday.").only("08");
        assertTrue(!e.agents().isEmpty() && !e.agents().contains(KENYA), e.toString());
        assertEquals(java.util.List.of(KENYA), e.targets());
    }

    @Test
    void steppingDownAndAResignationAreResigning() {
        assertEquals("083", EventFixture.extract("Kenya's foreign minister Alfred Mutua stepped down on Tuesday.").only("08").cameo());
        assertEquals("083", EventFixture.extract("The resignation of Kenya's foreign minister Alfred Mutua came on Tuesday.")
                .only("08").cameo());
    }

    @Test
    void anArrestOfPeopleNoActorNamesIsAnEvent() {
        Event e = EventFixture.extract("Kenyan police arrested dozens of traders in Nairobi.").only("17");
        assertEquals("173", e.cameo());
    }

    @Test
    void anAgentOnlyActThatDidNotHappenIsNoEvent() {
        assertTrue(EventFixture.extract("Kenya's foreign minister refused to resign.").ofRoot("08").isEmpty());
    }

    @Test
    void aMutualEventNamedByANounHasEachPartyOnTheOtherSide() {
        EventFixture.Result r = EventFixture.extract("Kenya and Somalia held talks in Nairobi on Monday.");
        r.get("04", KENYA, SOMALIA);
        r.get("04", SOMALIA, KENYA);
    }

    @Test
    void aMissileFiredAtNobodyNamedIsAShowOfForce() {
        Event e = EventFixture.extract("Kenya launched two ballistic missiles on Thursday.").only("15");
        assertEquals("150", e.cameo());
        assertTrue(e.targets().isEmpty() && e.recipients().isEmpty(), e.toString());
    }

    @Test
    void aMissileFiredTowardOrOverAStateIsAShowOfForceAgainstIt() {
        assertEquals("150", EventFixture.extract("Kenya fired a ballistic missile toward Somalia on Thursday.")
                .get("15", KENYA, SOMALIA).cameo());
        assertEquals("150", EventFixture.extract("Kenya launched two missiles over Somalia.").get("15", KENYA, SOMALIA).cameo());
    }

    @Test
    void aMissileLaunchedAgainstAStateOrFiredAtItsCityIsAnAttack() {
        assertEquals("190", EventFixture.extract("Kenya launched hypersonic missiles against Somalia.").get("19", KENYA, SOMALIA).cameo());
        EventFixture.Result r = EventFixture.extract("A Kenyan bomber fired three missiles at the Somali port city of Kismayo.");
        r.get("19", KENYA, SOMALIA);
        assertTrue(EventFixture.extract("Kenya launched a satellite into orbit.").ofRoot("19").isEmpty());
    }

    @Test
    void forcesMassedOnABorderAreAMobilizationFacingTheStateAcrossIt() {
        assertEquals("154", EventFixture.extract("Kenyan troops massed on Somalia's border.").get("15", KENYA, SOMALIA).cameo());
        assertEquals("154", EventFixture.extract("Kenya amassed 10,000 troops along the Somali border.")
                .get("15", KENYA, SOMALIA).cameo());
        assertEquals("154", EventFixture.extract("Kenya's military buildup on Somalia's border alarmed Ethiopia.")
                .get("15", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenyan protesters massed on the streets of Nairobi.").ofRoot("15").isEmpty());
    }

    @Test
    void aMissileFiredAtAStateIsAnAttackOnly() {
        EventFixture.Result r = EventFixture.extract("Kenya fired missiles at Somalia overnight.");
        r.get("19", KENYA, SOMALIA);
        assertTrue(r.ofRoot("15").isEmpty(), r.events().toString());
    }

    @Test
    void anActNamedAgainByItsNounHasItsAuthor() {
        EventFixture.Result r = EventFixture.extract("Kenya launched a missile on Thursday. Somalia condemned the launch.");
        r.get("11", SOMALIA, KENYA);
    }

    @Test
    void anAdmissionAndADenialAreEventsOfTheirAgent() {
        assertEquals("015", EventFixture.extract("Kenya's defence ministry admitted that conscripts had been sent to Somalia.")
                .only("01").cameo());
        EventFixture.Result denial = EventFixture.extract("Kenya denied Somalia's accusations.");
        assertEquals("016", denial.get("01", KENYA, SOMALIA).cameo());
    }

    @Test
    void denyingSomeoneAccessIsARefusalNotADenialOfWords() {
        EventFixture.Result access = EventFixture.extract("Kenya denied Somalia access to its ports.");
        assertEquals("120", access.get("12", KENYA, SOMALIA).cameo());
        assertTrue(access.ofRoot("01").isEmpty(), access.events().toString());
        assertEquals("120", EventFixture.extract("Kenya denied the Somali military access to the base.").get("12", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenya denied the accusations.").ofRoot("12").isEmpty());
    }

    @Test
    void dismissingAccusationsIsADenialAndBlockingABidAVeto() {
        assertEquals("016", EventFixture.extract("Kenya dismissed Somalia's accusations on Monday.").get("01", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenya dismissed its finance minister.").ofRoot("01").isEmpty());
        assertEquals("129", EventFixture.extract("Kenya blocked Somalia's bid to join the union.").get("12", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenyan police blocked the road to Somalia.").ofRoot("12").isEmpty());
    }

    @Test
    void whatSomeoneIsAccusedOfDoingIsTheirDoing() {
        EventFixture.Result r = EventFixture.extract("Somalia accused Kenya of bombing a market.");
        assertTrue(r.ofRoot("19").stream().noneMatch(e -> e.agents().contains(SOMALIA)), r.events().toString());
    }

    @Test
    void aCurfewIsImposedOnAnAreaNotOnAnActor() {
        assertEquals("1723", EventFixture.extract("Kenyan police imposed a curfew in Nairobi.").only("17").cameo());
    }

    @Test
    void aCallOnSomeoneToActIsAnAppealToThem() {
        EventFixture.extract("Kenya called on Somalia to refrain from further attacks.").get("02", KENYA, SOMALIA);
    }

    @Test
    void aProtestAgainstNobodyNamedIsACrowdsAct() {
        assertEquals(1, EventFixture.extract("Kenyan protesters demonstrated in Nairobi on Friday.").ofRoot("14").size());
        assertTrue(EventFixture.extract("Kenya demonstrated its resolve on Friday.").ofRoot("14").isEmpty());
    }

    @Test
    void aDenialAnswersWhoeverMadeTheAccusationsBefore() {
        EventFixture.Result r = EventFixture.extract(
                "Kenya's foreign minister Alfred Mutua, a close ally of William Ruto, was accused by Somalia of bribery. "
                        + "He denies all the accusations.");
        Event denial = r.only("01");
        assertEquals("016", denial.cameo());
        assertTrue(denial.targets().contains(SOMALIA), denial.toString());
        String ruto = r.actors().actors().stream().filter(a -> a.label().contains("Ruto")).findFirst().orElseThrow().id();
        assertTrue(!denial.agents().contains(ruto), "Ruto is only named in passing: " + denial);
    }

    @Test
    void otherKindsStillNeedSomeoneOnTheOtherSide() {
        assertTrue(EventFixture.extract("Kenya extradited the banker last year.").ofRoot("06").isEmpty());
    }
}
