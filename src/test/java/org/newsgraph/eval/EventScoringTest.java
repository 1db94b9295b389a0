package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Event rules on an in-memory dataset (events.trig / events.json). */
class EventScoringTest {
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        report = EvalFixtures.evaluate("events");
    }

    private static EventScores events(String sourceId) {
        return EvalFixtures.scoresOf(report, sourceId).events();
    }

    @Test
    void sameRootMatchesAndTheFullCodeIsReportedApart() {
        EventScores root = events("root.txt");
        assertEquals(new PrfCounts(2, 1, 1, 1), root.counts());
        assertEquals(new AccuracyCounts(1, 0), root.cameoCode());
    }

    @Test
    void anyAgentOfTheGoldListMatches() {
        assertEquals(new PrfCounts(1, 1, 1, 1), events("agent-alternatives.txt").counts());
        assertEquals(new AccuracyCounts(1, 1), events("agent-alternatives.txt").cameoCode());
    }

    @Test
    void targetAndRecipientArePooledAndAWrongTargetFails() {
        assertEquals(new PrfCounts(3, 2, 3, 2), events("target-vs-recipient.txt").counts());
    }

    @Test
    void modalityAccuracyCountsFoundEventsAgainstTheirBestMatch() {
        assertEquals(new AccuracyCounts(1, 1), events("root.txt").modality());
        assertEquals(new AccuracyCounts(2, 2), events("target-vs-recipient.txt").modality());
        // One conditional event finds both gold events; only the conditional one agrees.
        assertEquals(new PrfCounts(2, 2, 1, 1), events("modality.txt").counts());
        assertEquals(new AccuracyCounts(2, 1), events("modality.txt").modality());
    }

    @Test
    void missingModalityInTheGraphIsWrong() {
        assertEquals(new AccuracyCounts(1, 0), events("agent-alternatives.txt").modality());
    }

    @Test
    void codeComesFromSkosNotationWhenTheConceptIriLacksIt() {
        assertEquals(new PrfCounts(1, 1, 1, 1), events("notation.txt").counts());
    }

    @Test
    void totalsSumTheCounts() {
        assertEquals(new PrfCounts(9, 7, 7, 6), report.total().events().counts());
        assertEquals(new AccuracyCounts(7, 5), report.total().events().modality());
    }
}
