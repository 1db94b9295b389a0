package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Acts among private parties alone are no events; a private party's act on a state is one. */
class PrivateAffairsTest {
    @Test
    void praiseAndThanksAmongPrivatePersonsAreNoEvents() {
        EventFixture.Result thanks = EventFixture.extract("John Kamau thanked Peter Otieno after the final on Sunday.");
        assertTrue(thanks.events().isEmpty(), thanks.events().toString());
        EventFixture.Result praise = EventFixture.extract("Mary Wambui praised Peter Otieno for his courage.");
        assertTrue(praise.events().isEmpty(), praise.events().toString());
        EventFixture.Result apology = EventFixture.extract("Mary Wambui apologized for her remarks on Sunday.");
        assertTrue(apology.events().isEmpty(), apology.events().toString());
    }

    @Test
    void actsOfClubsAndCompaniesOfNoStateAmongPrivatePartiesAreNoEvents() {
        EventFixture.Result trade = EventFixture.extract("The Nairobi Lions acquired striker Peter Otieno from the Mombasa Sharks.");
        assertTrue(trade.events().isEmpty(), trade.events().toString());
        EventFixture.Result company = EventFixture.extract("Zentrix Mobile admitted to sending $40 million to the wrong account.");
        assertTrue(company.events().isEmpty(), company.events().toString());
        EventFixture.Result onAState = EventFixture.extract("Zentrix Mobile criticized Uganda for closing the border.");
        assertFalse(onAState.ofRoot("11").isEmpty(), onAState.events().toString());
    }

    @Test
    void aPrivatePersonsActOnAStateOrItsLeaderIsAnEvent() {
        EventFixture.Result state = EventFixture.extract("Mary Wambui criticized Uganda for closing the border.");
        assertFalse(state.ofRoot("11").isEmpty(), state.events().toString());
        EventFixture.Result leader = EventFixture.extract("Kenyan President William Ruto spoke on Friday. "
                + "Mary Wambui praised Ruto for his courage.");
        assertFalse(leader.ofRoot("05").isEmpty(), leader.events().toString());
    }
}
