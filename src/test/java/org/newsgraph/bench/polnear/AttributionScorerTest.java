package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PrfCounts;
import org.newsgraph.model.Span;

class AttributionScorerTest {
    //                                    1         2         3         4         5         6         7
    //                          0123456789012345678901234567890123456789012345678901234567890123456789012345
    private static final String TEXT = "Ana Ruiz spoke first. She said taxes will fall. Aides hinted at delays.";
    private static final Span ANA = new Span(0, 8);
    private static final Span SHE = new Span(22, 25);
    private static final Span AIDES = new Span(48, 53);
    private static final GoldAttribution TAXES = new GoldAttribution("E1", List.of(new Span(31, 46)), List.of(SHE), false);
    private static final GoldAttribution DELAYS = new GoldAttribution("E2", List.of(new Span(61, 70)), List.of(AIDES), false);
    private static final GoldAttribution NO_SOURCE = new GoldAttribution("E3", List.of(new Span(9, 20)), List.of(), false);

    private static Map<Criterion, PrfCounts> score(CorefChains chains, ExtractedStatement... statements) {
        return new AttributionScorer(TEXT, chains).score(List.of(TAXES, DELAYS, NO_SOURCE), List.of(statements));
    }

    @Test
    void contentRecallOverAllGoldPrecisionOverAllStatements() {
        Map<Criterion, PrfCounts> scores = score(CorefChains.NONE,
                ExtractedStatement.unattributed(new Span(36, 47)),
                ExtractedStatement.unattributed(new Span(0, 5)));

        assertEquals(new PrfCounts(3, 1, 2, 1), scores.get(Criterion.CONTENT));
        assertFalse(scores.containsKey(Criterion.CONTENT_AND_SOURCE_COREF), "no chains, no coref row");
    }

    @Test
    void sourceMustOverlapTheSpeakerSpansAndUnattributedStatementsOnlyCostRecall() {
        Map<Criterion, PrfCounts> scores = score(CorefChains.NONE,
                new ExtractedStatement(new Span(31, 46), true, List.of(SHE)),
                new ExtractedStatement(new Span(61, 70), true, List.of(ANA)),
                ExtractedStatement.unattributed(new Span(9, 20)));

        assertEquals(new PrfCounts(2, 1, 2, 1), scores.get(Criterion.CONTENT_AND_SOURCE));
    }

    @Test
    void corefWidensTheGoldSourceToItsChain() {
        CorefChains chains = new CorefChains(List.of(List.of(ANA, SHE)));
        ExtractedStatement byName = new ExtractedStatement(new Span(31, 46), true, List.of(ANA));

        Map<Criterion, PrfCounts> scores = score(chains, byName);

        assertEquals(new PrfCounts(2, 0, 1, 0), scores.get(Criterion.CONTENT_AND_SOURCE));
        assertEquals(new PrfCounts(2, 1, 1, 1), scores.get(Criterion.CONTENT_AND_SOURCE_COREF));
    }

    @Test
    void oneStatementMayFindSeveralGoldAttributions() {
        Map<Criterion, PrfCounts> scores = score(CorefChains.NONE, ExtractedStatement.unattributed(new Span(0, 71)));

        assertEquals(new PrfCounts(3, 3, 1, 1), scores.get(Criterion.CONTENT));
    }

    @Test
    void sharingOnlyPunctuationOrSpaceIsNoOverlap() {
        TextOverlap overlap = new TextOverlap(TEXT);

        assertFalse(overlap.overlaps(new Span(20, 22), new Span(20, 22)), "\". \" has no letter");
        assertTrue(overlap.overlaps(new Span(18, 21), new Span(19, 30)), "shares the t of 'first'");
    }
}
