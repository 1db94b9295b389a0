package org.newsgraph.bench;

import java.io.PrintStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.newsgraph.pipeline.ArticleGraphSink;
import org.newsgraph.pipeline.StageTimes;

/** A sink that passes everything on to another; the benchmark's sinks add what they watch to {@link #put}. */
abstract class ForwardingSink implements ArticleGraphSink {
    private final ArticleGraphSink sink;

    ForwardingSink(ArticleGraphSink sink) {
        this.sink = sink;
    }

    @Override
    public Optional<String> storedContentHash(String graphName) {
        return sink.storedContentHash(graphName);
    }

    @Override
    public void put(String graphName, Graph graph) {
        sink.put(graphName, graph);
    }

    @Override
    public long finish(StageTimes times, PrintStream progress) {
        return sink.finish(times, progress);
    }
}
