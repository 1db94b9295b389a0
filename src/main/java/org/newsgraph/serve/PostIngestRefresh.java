package org.newsgraph.serve;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.pipeline.PostBuildSteps;
import org.newsgraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After live ingestion, does in the background what a build does at its end (consolidation, one
 * label per actor, derived relations, the network summary), so that the explorer and the
 * whole-graph queries include the new articles. Requests that arrive while one refresh waits to
 * start are folded into it: a burst of ingestions costs one or two refreshes, not one each.
 */
final class PostIngestRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostIngestRefresh.class);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final GraphStore store;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "newsgraph-post-ingest");
        thread.setDaemon(true);
        return thread;
    });

    PostIngestRefresh(GraphStore store) {
        this.store = store;
    }

    /** Asks for a refresh after the writes made so far. */
    void request() {
        if (waiting.compareAndSet(false, true)) {
            worker.execute(() -> {
                waiting.set(false);
                try {
                    PostBuildSteps.afterArticlesWritten(store, QUIET);
                } catch (RuntimeException e) {
                    // the articles are stored; the summary catches up at the next ingestion or build
                    LOG.warn("Refreshing the derived relations and the network summary after ingestion failed: {}",
                            e.toString());
                }
            });
        }
    }

    /**
     * Waits until the refreshes asked for so far are done, at most {@code timeout}: the worker runs
     * one task at a time, so a task queued now ends after them.
     */
    void awaitIdle(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        worker.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a running refresh finish (the store closes after it). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
