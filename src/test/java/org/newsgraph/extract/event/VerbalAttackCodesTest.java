package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A person attacking another for what they did criticises them. */
class VerbalAttackCodesTest {
    @Test
    void aPoliticianAttackingAnotherForARefusalCriticisesHim() {
        EventFixture.Result r = EventFixture.extract(
                "Chilean President Ana Lopez attacked Peruvian President Marco Diaz for refusing to meet her.");
        assertEquals("111", r.only("11").cameo(), r.events().toString());
        assertTrue(r.ofRoot("19").isEmpty(), r.events().toString());
    }

    @Test
    void aPoliticianAttackingAnotherOnAMatterCriticisesHim() {
        EventFixture.Result r = EventFixture.extract(
                "Chilean opposition leader Ana Lopez attacked Peruvian President Marco Diaz on the nursing strike in parliament.");
        assertEquals("111", r.only("11").cameo(), r.events().toString());
        assertTrue(r.ofRoot("19").isEmpty(), r.events().toString());
        EventFixture.Result over = EventFixture.extract(
                "Chilean opposition leader Ana Lopez attacked Peruvian President Marco Diaz over his remarks.");
        assertTrue(over.ofRoot("19").isEmpty(), over.events().toString());
    }

    @Test
    void aStateAttackingAnotherStaysAnAttack() {
        assertEquals(1, EventFixture.extract("Chile attacked Peru for its border raids.").ofRoot("19").size());
    }
}
