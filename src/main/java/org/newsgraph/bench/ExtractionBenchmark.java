package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.ArticleGraphSink;
import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.BulkLoadSink;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.pipeline.StoreSink;
import org.newsgraph.store.GraphStore;

/**
 * Runs a real build of the first articles of the inputs into a database and measures it: the
 * same code path as {@code newsgraph build}, with every stage timed and the heap watched.
 */
public final class ExtractionBenchmark {
    /**
     * @param inputs   files or directories of articles
     * @param limit    how many articles to take
     * @param workers  extraction threads
     * @param database where to build; must be new (absent or empty)
     * @param nquads   for a bulk build, where the N-Quads go; null for the incremental path
     */
    public record Settings(List<Path> inputs, int limit, int workers, Path database, Path nquads) {
        public Settings {
            inputs = List.copyOf(inputs);
        }
    }

    private ExtractionBenchmark() {
    }

    public static ExtractionResult run(Settings settings) throws IOException, InterruptedException {
        long loadStart = System.nanoTime();
        ArticleGraphBuilder builder = ArticleGraphBuilder.createDefault();
        double modelLoadSeconds = (System.nanoTime() - loadStart) / 1e9;
        StageTimes times = new StageTimes();
        BuildOptions options = BuildOptions.withWorkers(settings.workers()).withLimit(settings.limit()).withForce(true);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Files.createDirectories(settings.database());
        try (HeapWatcher heap = HeapWatcher.start()) {
            if (settings.nquads() != null) {
                return measure(builder, new BulkLoadSink(settings.database(), settings.nquads()), options, times,
                        settings, modelLoadSeconds, heap, quiet);
            }
            try (GraphStore store = GraphStore.open(settings.database())) {
                return measure(builder, new StoreSink(store), options, times, settings, modelLoadSeconds, heap, quiet);
            }
        }
    }

    private static ExtractionResult measure(ArticleGraphBuilder builder, ArticleGraphSink sink, BuildOptions options,
                                            StageTimes times, Settings settings, double modelLoadSeconds,
                                            HeapWatcher heap, PrintStream quiet) throws InterruptedException {
        LastPutClock clock = new LastPutClock(new ProgressSink(sink, System.err, 100));
        long start = System.nanoTime();
        BuildSummary summary = new BuildRunner(builder, clock, quiet, options, times).run(settings.inputs());
        // the per-article lines would drown the figures, but why an article failed must be visible
        summary.warnings().forEach(warning -> System.err.println("warning: " + warning));
        double extractSeconds = clock.lastPutNanos() == 0 ? 0 : (clock.lastPutNanos() - start) / 1e9;
        return new ExtractionResult(summary.articles(), summary.failed(), options.workers(), modelLoadSeconds,
                extractSeconds, summary.seconds(), summary.triples(), times, heap.peakBytes(),
                MachineInfo.loadAverageNow());
    }
}
