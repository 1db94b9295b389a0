package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.ingest.IngestWarning;

/**
 * What a build did.
 *
 * @param articles articles stored
 * @param failed   articles read but not stored (extraction error or invalid graph)
 * @param skipped  articles not extracted again because their graph is stored unchanged
 * @param actors   actors over all stored articles (counted per article)
 * @param triples  triples written (sum of the article graphs' sizes)
 * @param quads    quads in the store after the build
 * @param warnings every warning, in order
 * @param seconds  wall-clock time
 */
public record BuildSummary(int articles, int failed, int skipped, long actors, long triples, long quads,
                           List<IngestWarning> warnings, double seconds) {
    public BuildSummary {
        warnings = List.copyOf(warnings);
    }

    /** A summary of a build that skipped nothing. */
    public BuildSummary(int articles, int failed, long actors, long triples, long quads,
                        List<IngestWarning> warnings, double seconds) {
        this(articles, failed, 0, actors, triples, quads, warnings, seconds);
    }

    public boolean hasFailures() {
        return failed > 0 || !warnings.isEmpty();
    }
}
