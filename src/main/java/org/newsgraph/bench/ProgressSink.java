package org.newsgraph.bench;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.ArticleGraphSink;

/**
 * A sink that reports every {@code every} stored articles with the rate so far: a benchmark of
 * thousands of articles runs for many minutes and should show that it is moving.
 */
final class ProgressSink extends ForwardingSink {
    private final PrintStream out;
    private final int every;
    private final long start = System.nanoTime();
    private final AtomicInteger stored = new AtomicInteger();

    ProgressSink(ArticleGraphSink sink, PrintStream out, int every) {
        super(sink);
        this.out = out;
        this.every = every;
    }

    @Override
    public void put(String graphName, Graph graph) {
        super.put(graphName, graph);
        int n = stored.incrementAndGet();
        if (n % every == 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("  ... %,d articles stored in %.0f s (%.2f articles/s)%n", n, seconds, n / seconds);
        }
    }
}
