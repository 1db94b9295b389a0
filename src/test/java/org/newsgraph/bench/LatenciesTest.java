package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
        Latencies latencies = new Latencies(nanos);
        assertEquals(100, latencies.count());
        assertEquals(50.0, latencies.percentileMillis(50), 1e-9);
        assertEquals(95.0, latencies.percentileMillis(95), 1e-9);
        assertEquals(99.0, latencies.percentileMillis(99), 1e-9);
        assertEquals(100.0, latencies.percentileMillis(100), 1e-9);
    }

    @Test
    void fewAndNoSamples() {
        assertEquals(0.0, new Latencies(new long[0]).percentileMillis(95));
        assertEquals(7.0, new Latencies(new long[]{7_000_000L}).percentileMillis(99), 1e-9);
    }
}
