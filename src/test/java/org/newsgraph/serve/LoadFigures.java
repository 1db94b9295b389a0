package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies and outcomes of the requests of a load run; thread-safe. */
final class LoadFigures {
    private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    void record(long micros) {
        latenciesMicros.add(micros);
    }

    void error(String error) {
        errors.add(error);
    }

    int requests() {
        return latenciesMicros.size() + errors.size();
    }

    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** The latency below which {@code percent} of the successful requests finished, in milliseconds. */
    double percentileMillis(double percent) {
        List<Long> sorted;
        synchronized (latenciesMicros) {
            sorted = new ArrayList<>(latenciesMicros);
        }
        if (sorted.isEmpty()) return Double.NaN;
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    String describe(double seconds) {
        return String.format("%d requests in %.1f s (%.0f/s), %d errors; latency p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms", requests(), seconds, requests() / seconds, errors().size(),
                percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100));
    }
}
