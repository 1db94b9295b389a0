package org.newsgraph.bench;

import java.util.Arrays;

/** Request latencies of one benchmark cell, for percentiles (nearest rank). */
public final class Latencies {
    private final long[] nanos;

    public Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    public int count() {
        return nanos.length;
    }

    /** The p-th percentile (0 < p ≤ 100) in milliseconds; 0 when there are no samples. */
    public double percentileMillis(double p) {
        if (nanos.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }
}
