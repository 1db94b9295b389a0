package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;

class BuildRunnerTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final ShaclValidator VALIDATOR = ShaclValidator.fromClasspath();

    @TempDir
    Path dir;

    private final AtomicInteger extracted = new AtomicInteger();

    /** Extracts nothing but the article itself, counting calls; no language models needed. */
    private final ArticleExtractor counting = (article, times) -> {
        extracted.incrementAndGet();
        return new Extraction(article, List.of(), List.of(), List.of());
    };

    @Test
    void aSecondBuildSkipsArticlesStoredUnchanged() throws Exception {
        Path input = feed("one", "The council met.", "two", "The envoy left.", "three", "The talks ended.");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            BuildSummary first = build(store, "build-1", BuildOptions.withWorkers(2), input);
            assertEquals(3, first.articles());
            assertEquals(0, first.skipped());
            long quads = store.quadCount();

            BuildSummary second = build(store, "build-1", BuildOptions.withWorkers(2), input);
            assertEquals(0, second.articles());
            assertEquals(3, second.skipped());
            assertEquals(3, extracted.get());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void changedArticlesNewBuildsAndForceExtractAgain() throws Exception {
        Path input = feed("one", "The council met.", "two", "The envoy left.");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            build(store, "build-1", BuildOptions.withWorkers(1), input);

            Path edited = feed("one", "The council met on Monday.", "two", "The envoy left.");
            BuildSummary afterEdit = build(store, "build-1", BuildOptions.withWorkers(1), edited);
            assertEquals(1, afterEdit.articles());
            assertEquals(1, afterEdit.skipped());

            assertEquals(2, build(store, "build-2", BuildOptions.withWorkers(1), edited).articles());
            assertEquals(2, build(store, "build-2", BuildOptions.withWorkers(1).withForce(true), edited).articles());
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void limitTakesTheFirstArticles() throws Exception {
        Path input = feed("one", "A.", "two", "B.", "three", "C.");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            BuildSummary summary = build(store, "b", BuildOptions.withWorkers(1).withLimit(2), input);
            assertEquals(2, summary.articles());
            assertTrue(store.contains(Iris.article("one")));
            assertTrue(store.contains(Iris.article("two")));
            assertFalse(store.contains(Iris.article("three")));
        }
    }

    @Test
    void anArticleThatFailsIsReportedAndTheOthersAreStored() throws Exception {
        Path input = feed("good", "Fine.", "bad", "Breaks the extractor.");
        ArticleExtractor failing = (article, times) -> {
            if (article.sourceId().equals("bad")) throw new IllegalStateException("extractor bug");
            return new Extraction(article, List.of(), List.of(), List.of());
        };
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            BuildRunner runner = new BuildRunner(new ArticleGraphBuilder(failing, VALIDATOR, new ContentHash("b")),
                    new StoreSink(store), QUIET, BuildOptions.withWorkers(2), new StageTimes());
            BuildSummary summary = runner.run(List.of(input));
            assertEquals(1, summary.articles());
            assertEquals(1, summary.failed());
            assertTrue(summary.warnings().stream().anyMatch(w -> w.toString().contains("extractor bug")),
                    summary.warnings().toString());
        }
    }

    @Test
    void storedGraphsCarryTheirContentHash() throws Exception {
        Path input = feed("one", "The council met.");
        ContentHash hash = new ContentHash("build-1");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            build(store, "build-1", BuildOptions.withWorkers(1), input);
            Article article = new Article("one", "The council met.", null, null, null, null, null);
            assertEquals(hash.of(article), new StoreSink(store).storedContentHash(Iris.article("one")).orElseThrow());
            assertTrue(new StoreSink(store).storedContentHash(Iris.article("other")).isEmpty());
        }
    }

    private BuildSummary build(GraphStore store, String buildId, BuildOptions options, Path input)
            throws InterruptedException {
        BuildRunner runner = new BuildRunner(new ArticleGraphBuilder(counting, VALIDATOR, new ContentHash(buildId)),
                new StoreSink(store), QUIET, options, new StageTimes());
        return runner.run(List.of(input));
    }

    /** A JSONL feed of (id, text) pairs, without dates or titles. */
    private Path feed(String... idsAndTexts) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            lines.append("{\"id\": \"").append(idsAndTexts[i]).append("\", \"text\": \"")
                    .append(idsAndTexts[i + 1]).append("\"}\n");
        }
        Path file = Files.createTempFile(dir, "feed-", ".jsonl");
        Files.writeString(file, lines);
        return file;
    }
}
