package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;

class BulkLoadSinkTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void bulkBuildWritesNQuadsAndCreatesTheDatabase() throws Exception {
        Path input = dir.resolve("feed.jsonl");
        Files.writeString(input, "{\"id\": \"one\", \"text\": \"A.\"}\n{\"id\": \"two\", \"text\": \"B.\"}\n");
        Path db = dir.resolve("db");
        Path nquads = dir.resolve("out/articles.nq");
        ArticleExtractor nothing = (article, times) -> new Extraction(article, List.of(), List.of(), List.of());
        BuildRunner runner = new BuildRunner(
                new ArticleGraphBuilder(nothing, ShaclValidator.fromClasspath(), new ContentHash("b")),
                new BulkLoadSink(db, nquads), QUIET, BuildOptions.withWorkers(2), new StageTimes());

        BuildSummary summary = runner.run(List.of(input));

        assertEquals(2, summary.articles());
        assertEquals(summary.triples(), Files.readAllLines(nquads).size());
        assertFalse(Files.exists(BulkLoader.stagingDirectory(db)));
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(store.contains(Iris.article("one")));
            assertTrue(store.contains(Iris.article("two")));
            assertEquals(summary.quads(), store.quadCount());
            // the content hash travels through N-Quads, so a later incremental build can skip
            assertTrue(new StoreSink(store).storedContentHash(Iris.article("one")).isPresent());
        }
    }

    @Test
    void refusesADatabaseThatHoldsData() throws Exception {
        Path db = dir.resolve("db");
        Files.createDirectories(db);
        Files.writeString(db.resolve("something"), "x");
        assertThrows(IllegalStateException.class, () -> new BulkLoadSink(db, dir.resolve("a.nq")));
    }
}
