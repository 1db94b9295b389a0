package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/** Where a build puts validated article graphs: the store itself, or N-Quads for a bulk load. */
public interface ArticleGraphSink {
    /** The {@code ng:contentHash} of the graph already held under {@code graphName}, if any. */
    Optional<String> storedContentHash(String graphName);

    /** Puts (or replaces) one article graph. Called from several worker threads at once. */
    void put(String graphName, Graph graph);

    /**
     * Called once after the last article: completes the output (consolidation, bulk loading).
     *
     * @return the number of quads in the store afterwards
     */
    long finish(StageTimes times, PrintStream progress);
}
