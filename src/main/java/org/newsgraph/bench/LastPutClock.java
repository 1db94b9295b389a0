package org.newsgraph.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.ArticleGraphSink;

/**
 * A sink that notes when the last article graph arrived, so throughput counts the time articles
 * were being extracted and stored, not the once-per-build steps after them.
 */
final class LastPutClock extends ForwardingSink {
    private final AtomicLong lastPutNanos = new AtomicLong();

    LastPutClock(ArticleGraphSink sink) {
        super(sink);
    }

    /** System.nanoTime() after the last put; 0 when nothing was put. */
    long lastPutNanos() {
        return lastPutNanos.get();
    }

    @Override
    public void put(String graphName, Graph graph) {
        super.put(graphName, graph);
        lastPutNanos.accumulateAndGet(System.nanoTime(), Math::max);
    }
}
