package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun that qualifies the noun standing for its own antecedent ("the capital of it") once
 * sent the pronoun lookup round in a circle until the stack overflowed, and took a whole Spark job
 * down with it.
 */
class PronounCycleTest {
    @Test
    void aPronounInsideTheNounItWouldReferToEndsItsSearch() {
        for (String text : List.of("Russia shelled the capital of it on Monday.",
                "Kenya said the government for it would attack Somalia.",
                "The army of it attacked Somalia, and it said the country of it was ready.")) {
            assertDoesNotThrow(() -> EventFixture.extract(text), text);
        }
    }
}
