package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** Calls, meetings, visits, promises and condolences the dictionaries alone miss, on sentences written for the test. */
class ConsultationEventsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String NATO = "Q7184";

    @Test
    void aPhoneCallNamedByItsNounIsATelephoneConsultation() {
        EventFixture.extract("Kenya's phone call with Somalia lasted an hour.").get("04", KENYA, SOMALIA);
        assertEquals("041", EventFixture.extract("Kenya placed a phone call to Somalia on Sunday.").only("04").cameo());
    }

    @Test
    void talksOrACallSomeoneHadAreTheirs() {
        EventFixture.extract("Kenya had talks with Somalia on Tuesday.").get("04", KENYA, SOMALIA);
        assertEquals("041", EventFixture.extract("Kenya's foreign minister had a phone call with his Somali counterpart.")
                .get("04", KENYA, SOMALIA).cameo());
    }

    @Test
    void praiseACallOrAMeetingIsForIsSaidInIt() {
        EventFixture.Result called = EventFixture.extract("Kenya's president called Somalia's president to congratulate him on his election win.");
        assertEquals(org.newsgraph.model.Modality.ASSERTED, called.get("05", KENYA, SOMALIA).modality());
        called.get("04", KENYA, SOMALIA);
        EventFixture.extract("Kenya's president met Somalia's president to thank him for his support.").get("05", KENYA, SOMALIA);
    }

    @Test
    void receivingSomeoneIsHostingThemButReceivingArmsIsNot() {
        assertEquals("043", EventFixture.extract("Kenya's president received the Somali president in Nairobi on Friday.")
                .get("04", KENYA, SOMALIA).cameo());
        EventFixture.Result arms = EventFixture.extract("Kenya received Somali weapons on Friday.");
        assertTrue(arms.ofRoot("04").isEmpty(), arms.events().toString());
        EventFixture.Result owned = EventFixture.extract("Kenya's president received Somalia's highest honour on Friday.");
        assertTrue(owned.ofRoot("04").isEmpty(), owned.events().toString());
    }

    @Test
    void anActACallIsForIsStillOnlyItsPurpose() {
        EventFixture.Result r = EventFixture.extract("Kenya's president called Somalia's president to sign a border deal.");
        assertTrue(r.ofRoot("05").stream().noneMatch(e -> e.modality() == org.newsgraph.model.Modality.ASSERTED), r.events().toString());
    }

    @Test
    void beingInTalksWithSomeoneIsConsulting() {
        EventFixture.extract("Kenya said it was in talks with Somalia about a border deal.").get("04", KENYA, SOMALIA);
    }

    @Test
    void aTalkTheTaggerTookForANounIsNoMeetingOfItsSubject() {
        EventFixture.Result r = EventFixture.extract("Ruto told reporters that he and Kenya's president \"talk often.\"");
        assertTrue(r.ofRoot("04").isEmpty(), r.events().toString());
    }

    @Test
    void seekingIsAnAppealForAidOrAnAppealToSomeone() {
        assertEquals("0232", EventFixture.extract("Kenya is seeking more weapons from its allies.").only("02").cameo());
        assertEquals("020", EventFixture.extract("Kenya sought a pardon for its soldiers from Somalia.").get("02", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenya does not seek confrontation with Somalia.").ofRoot("02").isEmpty());
    }

    @Test
    void seekingOfficeAsksNobodyForAnything() {
        EventFixture.Result r = EventFixture.extract("Kenya's president William Ruto is not seeking reelection in November.");
        assertTrue(r.ofRoot("02").isEmpty(), r.events().toString());
    }

    @Test
    void supportSomeoneHasIsAnothersDoing() {
        EventFixture.Result r = EventFixture.extract("Kenya has the backing of Somalia in the dispute.");
        assertTrue(r.find("05", KENYA, SOMALIA).isEmpty() && r.find("07", KENYA, SOMALIA).isEmpty(), r.events().toString());
    }

    @Test
    void noCommentIsDecliningToComment() {
        assertEquals("011", EventFixture.extract("Somalia had no immediate comment.").only("01").cameo());
        assertEquals("011", EventFixture.extract("There was no comment from Kenya's foreign ministry.").only("01").cameo());
        assertTrue(EventFixture.extract("Kenya's comment angered Somalia.").ofRoot("01").isEmpty());
    }

    @Test
    void speakingByPhoneIsATelephoneConsultation() {
        assertEquals("041", EventFixture.extract("Kenya spoke by phone with Somalia on Sunday.").get("04", KENYA, SOMALIA).cameo());
    }

    @Test
    void callingSomeoneIsATelephoneConsultationAndADateIsNoAppealsTarget() {
        Event call = EventFixture.extract("Kenya's president called Somalia's president on Tuesday.").only("04");
        assertEquals("041", call.cameo());
        assertTrue(call.targets().contains(SOMALIA), call.toString());
        assertTrue(EventFixture.extract("Kenya's president called Somalia's president on Tuesday.").ofRoot("02").isEmpty(),
                "\"on Tuesday\" is no \"called on\"");
        assertEquals("041", EventFixture.extract("Kenya's president called Somalia's president to discuss the drought.")
                .get("04", KENYA, SOMALIA).cameo());
    }

    @Test
    void callingSomeoneSomethingIsNoTelephoneCall() {
        assertTrue(EventFixture.extract("Kenya's president called Somalia's president a liar.").events().stream()
                .noneMatch(e -> e.cameo().equals("041")));
        assertEquals("020", EventFixture.extract("Kenya called on Somalia on Monday to end the fighting.")
                .get("02", KENYA, SOMALIA).cameo());
    }

    @Test
    void aNameGivenWhereverTheParserHangsItIsNoTelephoneCallAndCallingOutIsCriticism() {
        assertTrue(EventFixture.extract("On April 10, Ruto called Hassan Sheikh Mohamud and Abiy Ahmed each a \u201cliar.\u201d")
                .events().stream().noneMatch(e -> e.cameo().equals("041")));
        assertEquals("111", EventFixture.extract("Ruto called out Hassan Sheikh Mohamud for not listening to the protesters.")
                .get("11", "person/rt", SOMALIA).cameo());
        assertEquals("041", EventFixture.extract("Ruto called Hassan Sheikh Mohamud Tuesday to discuss the drought.")
                .get("04", "person/rt", SOMALIA).cameo());
    }

    @Test
    void aCallForSomethingIsNoTelephoneCall() {
        assertTrue(EventFixture.extract("Kenya's call for a ceasefire in Somalia went unanswered.").events().stream()
                .noneMatch(e -> e.cameo().equals("041")));
    }

    @Test
    void aCeasefireNamedByItsNounIsATruceBetweenItsParties() {
        EventFixture.Result r = EventFixture.extract("The clashes followed a fragile cease-fire between Kenya and Somalia.");
        assertEquals("0871", r.get("08", KENYA, SOMALIA).cameo());
        r.get("08", SOMALIA, KENYA);
        assertEquals("0871", EventFixture.extract("Kenya's truce with Somalia collapsed.").get("08", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenyan troops opened fire on Somalia's border posts.").ofRoot("08").isEmpty());
    }

    @Test
    void aSaleOfArmsNamedByItsNounIsMilitaryCooperation() {
        assertEquals("062", EventFixture.extract("Kenya approved the sale of tanks to Somalia.").get("06", KENYA, SOMALIA).cameo());
        assertTrue(EventFixture.extract("Kenya reported the sale of a hotel.").ofRoot("06").isEmpty());
    }

    @Test
    void aVisitToABuildingOrAbroadVisitsNobody() {
        EventFixture.Result r = EventFixture.extract("Kenya's president will visit the Mogadishu Peace Memorial Museum on Friday.");
        assertTrue(r.ofRoot("04").isEmpty(), r.events().toString());
        assertTrue(r.actors().actors().stream().noneMatch(a -> a.label().contains("Museum")), "a museum is a place, not an actor");
        assertTrue(EventFixture.extract("Kenya's president traveled abroad on Friday.").ofRoot("04").isEmpty());
        EventFixture.extract("Kenya's president visited Somalia on Friday.").get("04", KENYA, SOMALIA);
    }

    @Test
    void sittingDownWithSomeoneIsAMeeting() {
        EventFixture.extract("Kenya sat down with Somalia in Nairobi.").get("04", KENYA, SOMALIA);
    }

    @Test
    void aVisitToASummitHeldInAStateIsAVisitToIt() {
        EventFixture.extract("Kenya's president made a surprise visit to a summit of Arab leaders in Somalia.")
                .get("04", KENYA, SOMALIA);
    }

    @Test
    void attendingAnOrganizationsSummitMeetsTheOrganization() {
        EventFixture.extract("Kenya's president attended the NATO summit on Monday.").get("04", KENYA, NATO);
    }

    @Test
    void aPromiseOfAidOfAKindIsAnIntentToGiveThatKind() {
        Event e = EventFixture.extract("Kenya promised military equipment to Somalia.").get("03", KENYA, SOMALIA);
        assertEquals("0332", e.cameo());
    }

    @Test
    void condolencesSentToAFamilyGoToThePersonItIsNamedFor() {
        Event e = EventFixture.extract("Kenya's president sent condolences to the Farmajo family.").only("01");
        assertEquals("018", e.cameo());
        assertTrue(e.targets().stream().anyMatch(t -> t.startsWith("person/")), e.toString());
    }

    @Test
    void aPossessiveBelongsToTheSubjectOfItsClauseNotToThePersonNamedLast() {
        EventFixture.Result r = EventFixture.extract("Kenyan President William Ruto has spoken with Somali President "
                + "Hassan Sheikh Mohamud, and placed his third phone call to Tanzania on Sunday.");
        Event call = r.events().stream().filter(e -> e.cameo().equals("041")).findFirst()
                .orElseThrow(() -> new AssertionError(r.events().toString()));
        assertTrue(call.agents().contains(KENYA), call.toString());
        assertTrue(call.targets().contains("Q924") || call.recipients().contains("Q924"), call.toString());
    }

    @Test
    void anEventAClauseHappensInIsItsSubjects() {
        Event call = EventFixture.extract("\"We will not give up,\" Kenya's president said in a phone call with Somalia's president.")
                .only("04");
        assertEquals("041", call.cameo());
        assertTrue(call.agents().contains(KENYA) && call.targets().contains(SOMALIA), call.toString());
    }

    @Test
    void takingPartInASummitAttendsWhoeverHoldsIt() {
        EventFixture.extract("Kenya's president participated in the NATO summit on Monday.").get("04", KENYA, NATO);
        EventFixture.extract("Kenya's president joined the NATO summit on Monday.").get("04", KENYA, NATO);
    }

    @Test
    void flyingToAStateIsAVisit() {
        assertEquals("042", EventFixture.extract("Kenya's president flew to Somalia on Thursday.").get("04", KENYA, SOMALIA).cameo());
    }

    @Test
    void aParticipleOnANounNamingNoActorIsDoneByWhoeverUndertookIt() {
        EventFixture.extract("Kenya's president has undertaken a diplomatic blitz of Africa, visiting Somalia and Ethiopia.")
                .get("04", KENYA, SOMALIA);
    }

    @Test
    void theFirstPersonInAQuotationIsItsSpeaker() {
        Event e = EventFixture.extract("\"I send my condolences to Somalia,\" Kenya's president William Ruto said.")
                .only("01");
        assertEquals("018", e.cameo());
        assertTrue(e.agents().contains(KENYA) && e.targets().contains(SOMALIA), e.toString());
    }

    @Test
    void attendingASummitAlongsideSomeoneIsMeetingThem() {
        EventFixture.extract("Chilean President Ana Lopez attended a regional summit in Lima alongside "
                + "Peruvian President Marco Diaz.").get("04", "Q298", "Q419");
    }
}
