package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who does what a relative clause says, where the parser lost the pronoun's antecedent; sentences written for the test. */
class RelativeClauseAgentsTest {
    private static final String KENYA = "Q114";
    private static final String SOMALIA = "Q1045";
    private static final String ETHIOPIA = "Q115";

    @Test
    void theNameBeforeWhichDoesTheClausesAct() {
        EventFixture.extract("A truce brokered by Ethiopia, which supports the opposition, and Kenya, which backs Somalia, "
                + "has held since 2020.").get("05", KENYA, SOMALIA);
    }

    @Test
    void whoIsNotSaidOfAPlace() {
        EventFixture.Result r = EventFixture.extract(
                "Kenya armed rebel groups in Ethiopia and Somalia, who were attacking the capital.");
        assertTrue(r.events().stream().noneMatch(e -> e.agents().contains(SOMALIA)), r.events().toString());
    }

    @Test
    void aPassiveRelativeClauseHasNoDoerBeforeIt() {
        EventFixture.Result r = EventFixture.extract("Kenya's president, who was accused of fraud by Somalia, resigned.");
        assertTrue(r.ofRoot("11").stream().noneMatch(e -> e.agents().contains(KENYA)), r.events().toString());
        assertTrue(r.events().stream().noneMatch(e -> e.agents().contains(ETHIOPIA)), r.events().toString());
    }
}
