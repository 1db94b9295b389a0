package org.newsgraph.bench.polnear;

import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param documents     texts scored
 * @param gold          gold attributions
 * @param goldWithSource gold attributions that have a source span
 * @param goldQuoted    gold attributions whose content has a double quotation mark
 * @param systems       newsgraph first, then CoreNLP when it was run
 * @param coreNlpOrigin how the CoreNLP results were obtained, for the report; null when not run
 */
public record BenchmarkResult(int documents, int gold, int goldWithSource, int goldQuoted,
                              List<SystemScores> systems, String coreNlpOrigin) {
    public BenchmarkResult {
        systems = List.copyOf(systems);
    }

    public SystemScores system(String name) {
        return systems.stream().filter(s -> s.system().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scores for " + name));
    }
}
