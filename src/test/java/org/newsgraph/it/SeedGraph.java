package org.newsgraph.it;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;

/**
 * The sample articles of data/articles built once per test JVM into a temporary TDB2 store, shared
 * by the integration tests (building takes as long as all other tests together).
 */
public final class SeedGraph {
    public static final Path ARTICLES = Path.of("data", "articles");
    private static Built built;

    /** What the build produced and where. */
    public record Built(Path database, BuildSummary summary) {
    }

    private SeedGraph() {
    }

    public static synchronized Built get() {
        if (built == null) {
            try {
                Path db = Files.createTempDirectory("newsgraph-seeds");
                built = new Built(db, build(db));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return built;
    }

    /** Builds the sample articles into {@code db} and closes the store again. */
    public static BuildSummary build(Path db) throws InterruptedException {
        try (GraphStore store = GraphStore.open(db)) {
            BuildRunner runner = new BuildRunner(ArticleProcessor.createDefault(), ShaclValidator.fromClasspath(),
                    store, new PrintStream(PrintStream.nullOutputStream()), 2);
            return runner.run(List.of(ARTICLES));
        }
    }
}
