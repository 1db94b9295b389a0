package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-root error table on the in-memory event fixture (events.trig / events.json). */
class EventErrorsTest {
    private static EventErrors errors;
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        GraphEvaluator evaluator = new GraphEvaluator(EvalFixtures.dataset("events"));
        errors = evaluator.eventErrors(EvalFixtures.gold("events"));
        report = EvalFixtures.evaluate("events");
    }

    @Test
    void theRootTableAddsUpToTheScores() {
        PrfCounts total = report.total().events().counts();
        Map<String, EventErrors.RootCounts> byRoot = errors.byRoot();
        int gold = byRoot.values().stream().mapToInt(EventErrors.RootCounts::gold).sum();
        int missed = byRoot.values().stream().mapToInt(EventErrors.RootCounts::missed).sum();
        int extracted = byRoot.values().stream().mapToInt(EventErrors.RootCounts::extracted).sum();
        int spurious = byRoot.values().stream().mapToInt(EventErrors.RootCounts::spurious).sum();
        assertEquals(new PrfCounts(gold, gold - missed, extracted, extracted - spurious), total);
    }

    @Test
    void theTextListsEveryMissedAndSpuriousEvent() {
        String text = errors.toText();
        assertTrue(text.startsWith("Event errors per CAMEO root"), text);
        int missed = errors.byRoot().values().stream().mapToInt(EventErrors.RootCounts::missed).sum();
        String missedPart = text.substring(text.indexOf("Missed gold events"), text.indexOf("Spurious events"));
        assertEquals(missed, missedPart.lines().filter(line -> line.startsWith("  ") && !line.startsWith("      nearest:")).count(), missedPart);
    }

    @Test
    void aMissedEventShowsTheNearestExtractedOne() {
        String text = errors.toText();
        String missedPart = text.substring(text.indexOf("Missed gold events"), text.indexOf("Spurious events"));
        // the gold 120 of root.txt: the same actors were extracted as a threat
        assertTrue(missedPart.contains("root.txt  120  [Q1001] -> [Q1002]\n      nearest: 1383  "), missedPart);
        assertTrue(missedPart.contains("\"threatened\""), missedPart);
        // the gold 111 against Q1003: a 111 by the same agent against another actor
        assertTrue(missedPart.contains("target-vs-recipient.txt  111  [Q1001] -> [Q1003]\n      nearest: 111  "), missedPart);
    }
}
