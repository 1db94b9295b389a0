package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaselineResultTest {

    @Test
    void travelsAsOneLine() {
        BaselineResult result = new BaselineResult(20, 26_400, 41.5, 160.0, 150.25, 5_000_000_000L);
        assertEquals(result, BaselineResult.parse(result.toLine()).orElseThrow());
        assertEquals(0.125, result.articlesPerSecond(), 1e-9);
        assertEquals(7.5125, result.cpuSecondsPerArticle(), 1e-9);
    }

    @Test
    void otherLinesAreNotResults() {
        assertTrue(BaselineResult.parse("Adding annotator tokenize").isEmpty());
        assertTrue(BaselineResult.parse("BASELINE-RESULT articles=x").isEmpty());
    }
}
