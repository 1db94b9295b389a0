package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;

/**
 * Reads inputs, extracts each article on a pool of workers and puts every valid article graph into
 * a sink (the store, or N-Quads for a bulk load). Input is streamed and at most two articles per
 * worker are in flight, so memory does not grow with the corpus; a bad article is reported and
 * skipped, never stops the run. Articles whose graph is stored from the same content by the same
 * build are skipped unless the options force them.
 */
public final class BuildRunner {
    private final ArticleGraphBuilder builder;
    private final ArticleGraphSink sink;
    /** Language check, date note and the cap on what the language models get (a 50,000-word "sentence"). */
    private final ArticleScreen screen = new ArticleScreen(TextLimits.DEFAULT);
    private final PrintStream progress;
    private final BuildOptions options;
    private final StageTimes times;

    /** The incremental build into {@code store}. */
    public BuildRunner(ArticleProcessor processor, ShaclValidator validator, GraphStore store,
                       PrintStream progress, int workers) {
        this(new ArticleGraphBuilder(processor, validator, ContentHash.ofRunningBuild()), new StoreSink(store),
                progress, BuildOptions.withWorkers(workers), new StageTimes());
    }

    /**
     * @param times receives the time of every stage (pass a fresh one to read it afterwards)
     */
    public BuildRunner(ArticleGraphBuilder builder, ArticleGraphSink sink, PrintStream progress,
                       BuildOptions options, StageTimes times) {
        this.builder = builder;
        this.sink = sink;
        this.progress = progress;
        this.options = options;
        this.times = times;
    }

    public BuildSummary run(List<Path> inputs) throws InterruptedException {
        long start = System.nanoTime();
        long scanCpuStart = times.cpuNow();
        Counts counts = new Counts();
        Dispatcher dispatcher = new Dispatcher(counts);
        try {
            InputScanner.scan(inputs, dispatcher);
        } catch (LimitReached enough) {
            // the rest of the input is left unread
        }
        times.add(Stage.INGEST, System.nanoTime() - start - dispatcher.handlerWall,
                times.cpuNow() - scanCpuStart - dispatcher.handlerCpu);
        dispatcher.pool.shutdown();
        dispatcher.pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        long quads = sink.finish(times, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildSummary(counts.read.get(), counts.stored.get(), counts.failed.get(), counts.skipped.get(),
                counts.actors.get(), counts.triples.get(), quads, dispatcher.warnings, seconds);
    }

    /**
     * Receives articles on the scanning thread and hands each to a worker, waiting while too many
     * are in flight. Keeps the time spent here apart, so that ingest time is the scan's own.
     */
    private final class Dispatcher implements ArticleHandler {
        final ExecutorService pool = Executors.newFixedThreadPool(options.workers());
        final Semaphore inFlight = new Semaphore(options.workers() * 2);
        final List<IngestWarning> warnings = Collections.synchronizedList(new ArrayList<>());
        final Counts counts;
        int taken;
        long handlerWall;
        long handlerCpu;

        Dispatcher(Counts counts) {
            this.counts = counts;
        }

        @Override
        public void article(Article article) {
            if (!options.takes(article.sourceId())) return;
            if (taken >= options.limit()) throw new LimitReached();
            taken++;
            counts.read.incrementAndGet();
            long wall = System.nanoTime();
            long cpu = times.cpuNow();
            inFlight.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    process(article, counts, this);
                } finally {
                    inFlight.release();
                }
            });
            handlerWall += System.nanoTime() - wall;
            handlerCpu += times.cpuNow() - cpu;
        }

        @Override
        public void warning(IngestWarning warning) {
            warnings.add(warning);
            progress.println("warning: " + warning);
        }
    }

    private void process(Article article, Counts counts, ArticleHandler warnings) {
        try {
            String graphName = ArticleGraphBuilder.graphName(article);
            if (!options.force() && isStoredUnchanged(article, graphName)) {
                counts.skipped.incrementAndGet();
                return;
            }
            Optional<Article> analysed = screen.screen(article,
                    note -> warnings.warning(new IngestWarning(article.origin(), note)));
            if (analysed.isEmpty()) {
                counts.failed.incrementAndGet();
                return;
            }
            BuiltArticle built = builder.build(analysed.get(), times);
            if (!built.valid()) {
                counts.failed.incrementAndGet();
                warnings.warning(new IngestWarning(article.origin(),
                        "graph violates ontology/shapes.ttl, not stored: " + built.validation().describe()));
                return;
            }
            times.time(Stage.STORE, () -> sink.put(built.graphName(), built.graph()));
            int n = counts.stored.incrementAndGet();
            Extraction extraction = built.extraction();
            counts.actors.addAndGet(extraction.actors().size());
            counts.triples.addAndGet(built.graph().size());
            progress.printf("[%d] %s: %d actors, %d statements, %d events, %d triples%n", n,
                    article.sourceId(), extraction.actors().size(), extraction.statements().size(),
                    extraction.events().size(), built.graph().size());
        } catch (RuntimeException e) {
            counts.failed.incrementAndGet();
            warnings.warning(new IngestWarning(article.origin(), "extraction failed (" + e
                    + "); the article was skipped, please report this with the input"));
        }
    }

    private boolean isStoredUnchanged(Article article, String graphName) {
        Optional<String> stored = times.time(Stage.STORE, () -> sink.storedContentHash(graphName));
        return stored.isPresent() && stored.get().equals(builder.contentHash(article));
    }

    /**
     * Ends a scan once the limit of articles is taken. The ingest stage offers no way to stop a
     * scan, and it catches every RuntimeException of a file so that one bad file cannot end a run;
     * an Error passes through that handling and leaves the rest of the input unread.
     */
    private static final class LimitReached extends Error {
        LimitReached() {
            super("article limit reached", null, false, false);
        }
    }

    private static final class Counts {
        final AtomicInteger read = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicLong actors = new AtomicLong();
        final AtomicLong triples = new AtomicLong();
    }
}
