package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Statement rules on an in-memory dataset (statements.trig / statements.json). */
class StatementScoringTest {
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        report = EvalFixtures.evaluate("statements");
    }

    private static StatementScores statements(String sourceId) {
        return EvalFixtures.scoresOf(report, sourceId).statements();
    }

    @Test
    void fragmentIsFoundAfterNormalisingQuotesCaseAndWhiteSpace() {
        // Both found: by id speaker and by label speaker ("the Ministry of Defence").
        assertEquals(new PrfCounts(2, 2, 2, 2), statements("fragment.txt").counts());
    }

    @Test
    void kindAccuracyComparesGoldKindWithTheMatch() {
        assertEquals(new AccuracyCounts(2, 1), statements("fragment.txt").kind());
    }

    @Test
    void wrongSpeakerIsNeitherFoundNorRight() {
        assertEquals(new PrfCounts(1, 0, 1, 0), statements("wrong-speaker.txt").counts());
        assertEquals(AccuracyCounts.ZERO, statements("wrong-speaker.txt").kind());
    }

    @Test
    void anySpeakerOfTheGoldListIsRightAndUnmatchedStatementsLowerPrecision() {
        assertEquals(new PrfCounts(1, 1, 2, 1), statements("speaker-list.txt").counts());
    }

    @Test
    void statementReportedInTwoArticlesCountsForEach() {
        assertEquals(new PrfCounts(1, 1, 1, 1), statements("shared-a.txt").counts());
        assertEquals(new PrfCounts(1, 1, 1, 1), statements("shared-b.txt").counts());
    }

    @Test
    void totalsSumTheCounts() {
        assertEquals(new PrfCounts(6, 5, 7, 5), report.total().statements().counts());
    }
}
