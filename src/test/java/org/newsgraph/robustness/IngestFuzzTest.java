package org.newsgraph.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.ArticleStorer;
import org.newsgraph.pipeline.StoreResult;
import org.newsgraph.store.GraphStore;

/**
 * Fuzzing of ingest and extraction (jqwik): whatever the bytes, reading a file ends in articles and
 * warnings, never an exception; whatever the text, storing an article ends in a stored, valid graph
 * or a reported problem, never an exception and never a hang (a generous watchdog reports one).
 * The default suite runs a few dozen tries; docs/reliability.md gives the long run.
 */
class IngestFuzzTest {
    /** Far beyond what any try needs; reached only by a hang. */
    private static final Duration HANG = Duration.ofMinutes(5);
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl", ".jsonl.gz");

    private static Path dir;
    private static GraphStore store;
    private static ArticleStorer storer;
    private static final AtomicInteger counter = new AtomicInteger();

    @BeforeContainer
    static void openStore() throws IOException {
        dir = Files.createTempDirectory("newsgraph-fuzz");
        store = GraphStore.open(dir.resolve("db"));
        storer = new ArticleStorer(ArticleGraphBuilder.createDefault(), store);
    }

    @AfterContainer
    static void closeStore() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }

    @Property
    void everyFileEndsInArticlesAndWarnings(@ForAll("documents") byte[] content, @ForAll("extensions") String extension,
                                            @ForAll boolean gzipped) throws IOException {
        Path file = dir.resolve("input-" + counter.incrementAndGet() + extension);
        write(file, content, gzipped && extension.endsWith(".gz"));
        List<Article> articles = new ArrayList<>();
        List<IngestWarning> warnings = new ArrayList<>();
        assertTimeoutPreemptively(HANG, () -> InputScanner.scan(List.of(file),
                ArticleHandler.of(articles::add, warnings::add)), "reading hung");
        for (Article article : articles) {
            assertFalse(article.sourceId().isBlank());
            assertFalse(article.text().isBlank());
            assertTrue(article.origin().startsWith(file.toString()), article.origin());
        }
        for (IngestWarning warning : warnings) {
            assertTrue(warning.origin().startsWith(file.toString()), warning.toString());
            assertFalse(warning.message().isBlank());
        }
        Files.delete(file);
    }

    @Property
    void everyArticleIsStoredOrItsProblemReported(@ForAll("texts") String text, @ForAll boolean dated) {
        String id = "fuzz-" + counter.incrementAndGet();
        Article article = new Article(id, text, null, dated ? LocalDate.of(2024, 5, 2) : null, null, null, id);
        StoreResult result = assertTimeoutPreemptively(HANG, () -> storer.store(article), "extraction hung");
        assertNotNull(result);
        if (result.stored()) {
            assertTrue(store.contains(result.graphName()), id + " reported stored but is not in the store");
        } else {
            assertFalse(result.problems().isEmpty(), id + " not stored and no reason given");
        }
    }

    @Provide
    Arbitrary<byte[]> documents() {
        return FuzzInputs.documents();
    }

    @Provide
    Arbitrary<String> texts() {
        return FuzzInputs.texts();
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    private static void write(Path file, byte[] content, boolean gzipped) throws IOException {
        if (!gzipped) {
            Files.write(file, content);
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
