package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.ingest.IngestWarning;

/**
 * What a build did.
 *
 * @param read     articles read from the inputs (inputs and lines skipped while reading are warnings)
 * @param articles articles stored
 * @param failed   articles read but not stored (not English, extraction error, invalid graph, store error)
 * @param skipped  articles not extracted again because their graph is stored unchanged
 * @param actors   actors over all stored articles (counted per article)
 * @param triples  triples written (sum of the article graphs' sizes)
 * @param quads    quads in the store after the build
 * @param warnings every warning, in order
 * @param seconds  wall-clock time
 */
public record BuildSummary(int read, int articles, int failed, int skipped, long actors, long triples, long quads,
                           List<IngestWarning> warnings, double seconds) {
    public BuildSummary {
        warnings = List.copyOf(warnings);
    }

    /** True when something was skipped, not stored or stored with a caveat. */
    public boolean hasFailures() {
        return failed > 0 || !warnings.isEmpty();
    }
}
