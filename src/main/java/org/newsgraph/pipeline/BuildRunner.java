package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.StatementConsolidator;

/**
 * Reads inputs, extracts each article on a pool of workers and stores every valid article graph.
 * Input is streamed and at most a few articles are in flight, so memory does not grow with the
 * corpus; a bad article is reported and skipped, never stops the run. Each article is stored in its
 * own transaction, so a build that is killed leaves whole articles only, and building again
 * completes it.
 */
public final class BuildRunner {
    private final ArticleStorer storer;
    private final StatementConsolidator consolidator = new StatementConsolidator();
    private final GraphStore store;
    private final PrintStream progress;
    private final int workers;

    public BuildRunner(ArticleProcessor processor, ShaclValidator validator, GraphStore store,
                       PrintStream progress, int workers) {
        this.storer = new ArticleStorer(processor, validator, store);
        this.store = store;
        this.progress = progress;
        this.workers = Math.max(1, workers);
    }

    public BuildSummary run(List<Path> inputs) throws InterruptedException {
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(workers * 2);
        InputScanner.scan(inputs, new ArticleHandler() {
            @Override
            public void article(Article article) {
                run.read.incrementAndGet();
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        run.record(storer.store(article));
                    } finally {
                        inFlight.release();
                    }
                });
            }

            @Override
            public void warning(IngestWarning warning) {
                run.warn(warning);
            }
        });
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        int consolidated = consolidator.consolidate(store);
        progress.printf("Consolidated %d statements reported by several articles%n", consolidated);
        PostBuildSteps.run(store, progress);
        return run.summary(store.quadCount());
    }

    /** The counters of one run, updated by the workers. */
    private final class Run {
        private final long start = System.nanoTime();
        private final List<IngestWarning> warnings = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger read = new AtomicInteger();
        private final AtomicInteger stored = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicLong actors = new AtomicLong();
        private final AtomicLong triples = new AtomicLong();

        void record(StoreResult result) {
            Article article = result.article();
            result.problems().forEach(problem -> warn(new IngestWarning(article.origin(), problem)));
            if (!result.stored()) {
                failed.incrementAndGet();
                return;
            }
            int n = stored.incrementAndGet();
            actors.addAndGet(result.actors());
            triples.addAndGet(result.triples());
            progress.printf("[%d] %s: %d actors, %d statements, %d events, %d triples%n", n, article.sourceId(),
                    result.actors(), result.statements(), result.events(), result.triples());
        }

        void warn(IngestWarning warning) {
            warnings.add(warning);
            progress.println("warning: " + warning);
        }

        BuildSummary summary(long quads) {
            double seconds = (System.nanoTime() - start) / 1e9;
            return new BuildSummary(read.get(), stored.get(), failed.get(), actors.get(), triples.get(), quads,
                    warnings, seconds);
        }
    }
}
