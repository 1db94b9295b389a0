package org.newsgraph.bench;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.ArticleGraphSink;
import org.newsgraph.pipeline.StageTimes;

/**
 * A sink that notes when the last article graph arrived, so throughput counts the time articles
 * were being extracted and stored, not the once-per-build steps after them.
 */
final class LastPutClock implements ArticleGraphSink {
    private final ArticleGraphSink sink;
    private final AtomicLong lastPutNanos = new AtomicLong();

    LastPutClock(ArticleGraphSink sink) {
        this.sink = sink;
    }

    /** System.nanoTime() after the last put; 0 when nothing was put. */
    long lastPutNanos() {
        return lastPutNanos.get();
    }

    @Override
    public Optional<String> storedContentHash(String graphName) {
        return sink.storedContentHash(graphName);
    }

    @Override
    public void put(String graphName, Graph graph) {
        sink.put(graphName, graph);
        lastPutNanos.accumulateAndGet(System.nanoTime(), Math::max);
    }

    @Override
    public long finish(StageTimes times, PrintStream progress) {
        return sink.finish(times, progress);
    }
}
