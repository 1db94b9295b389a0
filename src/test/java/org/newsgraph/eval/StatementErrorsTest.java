package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statement error listing on the in-memory statement fixture (statements.trig / statements.json). */
class StatementErrorsTest {
    private static StatementErrors errors;
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        GraphEvaluator evaluator = new GraphEvaluator(EvalFixtures.dataset("statements"));
        errors = evaluator.statementErrors(EvalFixtures.gold("statements"));
        report = EvalFixtures.evaluate("statements");
    }

    @Test
    void theCountsAgreeWithTheScores() {
        PrfCounts total = report.total().statements().counts();
        assertEquals(total.gold() - total.found(), errors.missedCount());
        assertEquals(total.extracted() - total.correct(), errors.spuriousCount());
    }

    @Test
    void aStatementWithTheRightWordsAndAnotherSpeakerShowsThatSpeaker() {
        String text = errors.toText();
        String missedPart = text.substring(text.indexOf("Missed gold statements"), text.indexOf("Spurious statements"));
        // wrong-speaker.txt: the words were extracted, said by Q2002 instead of Q2001
        assertTrue(missedPart.contains("wrong-speaker.txt  [Q2001]  \"harbour will stay closed\"\n      extracted with: ["),
                missedPart);
        assertTrue(text.contains("1 of them extracted with another speaker"), text);
    }

    @Test
    void everySpuriousStatementIsListedWithItsWords() {
        String text = errors.toText();
        String spuriousPart = text.substring(text.indexOf("Spurious statements"));
        assertEquals(errors.spuriousCount(), spuriousPart.lines().filter(line -> line.startsWith("  ")).count(), spuriousPart);
        assertTrue(spuriousPart.contains("\"the weather was fine\""), spuriousPart);
    }
}
