package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StageTimesTest {

    @Test
    void returnsTheResultAndAddsUpTimes() {
        StageTimes times = new StageTimes();
        assertEquals("x", times.time(Stage.NLP, () -> "x"));
        times.add(Stage.STORE, 2_000_000_000L, 500_000_000L);
        times.add(Stage.STORE, 1_000_000_000L, 250_000_000L);
        assertEquals(3.0, times.wallSeconds(Stage.STORE), 1e-9);
        assertEquals(0.75, times.cpuSeconds(Stage.STORE), 1e-9);
        assertEquals(0.0, times.wallSeconds(Stage.LOAD));
    }

    @Test
    void aFailingStageStillCounts() {
        StageTimes times = new StageTimes();
        assertThrows(IllegalStateException.class, () -> times.time(Stage.RDF, () -> {
            throw new IllegalStateException("boom");
        }));
        assertTrue(times.wallSeconds(Stage.RDF) >= 0);
    }

    @Test
    void countsTokens() {
        StageTimes times = new StageTimes();
        times.addTokens(7);
        times.addTokens(5);
        assertEquals(12, times.tokens());
    }
}
