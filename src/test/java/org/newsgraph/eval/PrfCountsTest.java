package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrfCountsTest {

    @Test
    void precisionRecallAndF1() {
        PrfCounts counts = new PrfCounts(4, 2, 2, 1);
        assertEquals(0.5, counts.precision().getAsDouble());
        assertEquals(0.5, counts.recall().getAsDouble());
        assertEquals(0.5, counts.f1().getAsDouble());
    }

    @Test
    void undefinedRatiosAreEmptyAndF1IsZeroWhenEitherSideIsZero() {
        PrfCounts nothingExtracted = new PrfCounts(3, 0, 0, 0);
        assertTrue(nothingExtracted.precision().isEmpty());
        assertEquals(0.0, nothingExtracted.f1().getAsDouble());
        assertEquals(0.0, new PrfCounts(0, 0, 2, 0).f1().getAsDouble());
        assertTrue(new PrfCounts(3, 3, 0, 0).f1().isEmpty(), "all found but nothing linked: no F1");
        assertTrue(PrfCounts.ZERO.f1().isEmpty());
    }

    @Test
    void sumsAreMicroAverages() {
        assertEquals(new PrfCounts(5, 3, 7, 4), new PrfCounts(1, 1, 3, 1).plus(new PrfCounts(4, 2, 4, 3)));
        assertEquals(new AccuracyCounts(3, 2), new AccuracyCounts(1, 1).plus(new AccuracyCounts(2, 1)));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new PrfCounts(1, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AccuracyCounts(1, 2));
    }
}
