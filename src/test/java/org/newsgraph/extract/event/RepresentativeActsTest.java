package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;

/** What "his lawyers" or "her campaign" do, their owner does: the person, not a group made of the words. */
class RepresentativeActsTest {
    private static final String CANADA = "Q16";

    private static String idOf(EventFixture.Result result, String label) {
        return result.actors().actors().stream().filter(a -> a.label().equals(label)).map(Actor::id)
                .findFirst().orElseThrow(() -> new AssertionError("no actor " + label + " in " + result.actors().actors()));
    }

    @Test
    void aPersonsLawyersActForThePerson() {
        EventFixture.Result r = EventFixture.extract("Alex Smith faces three charges in Canada. "
                + "His lawyers accused Canada of bias on Monday.");
        r.get("11", idOf(r, "Alex Smith"), CANADA);
        EventFixture.Result named = EventFixture.extract("Alex Smith's attorneys accused Canada of bias on Monday.");
        named.get("11", idOf(named, "Alex Smith"), CANADA);
    }

    @Test
    void aCandidatesCampaignActsForTheCandidate() {
        EventFixture.Result r = EventFixture.extract("Nikki Haley spoke in Iowa on Monday. "
                + "Her campaign criticized Donald Trump for his remarks.");
        r.get("11", idOf(r, "Nikki Haley"), idOf(r, "Donald Trump"));
    }

    @Test
    void aCampaignDescribedAsAnActivityIsNoOnesVoice() {
        EventFixture.Result r = EventFixture.extract("Nikki Haley's relentless media campaign criticized Donald Trump.");
        String haley = idOf(r, "Nikki Haley");
        assertTrue(r.ofRoot("11").stream().noneMatch(e -> e.agents().contains(haley)), r.events().toString());
    }
}
