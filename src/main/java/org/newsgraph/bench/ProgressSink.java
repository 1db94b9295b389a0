package org.newsgraph.bench;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.ArticleGraphSink;
import org.newsgraph.pipeline.StageTimes;

/**
 * A sink that reports every {@code every} stored articles with the rate so far: a benchmark of
 * thousands of articles runs for many minutes and should show that it is moving.
 */
final class ProgressSink implements ArticleGraphSink {
    private final ArticleGraphSink sink;
    private final PrintStream out;
    private final int every;
    private final long start = System.nanoTime();
    private final AtomicInteger stored = new AtomicInteger();

    ProgressSink(ArticleGraphSink sink, PrintStream out, int every) {
        this.sink = sink;
        this.out = out;
        this.every = every;
    }

    @Override
    public Optional<String> storedContentHash(String graphName) {
        return sink.storedContentHash(graphName);
    }

    @Override
    public void put(String graphName, Graph graph) {
        sink.put(graphName, graph);
        int n = stored.incrementAndGet();
        if (n % every == 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("  ... %,d articles stored in %.0f s (%.2f articles/s)%n", n, seconds, n / seconds);
        }
    }

    @Override
    public long finish(StageTimes times, PrintStream progress) {
        return sink.finish(times, progress);
    }
}
