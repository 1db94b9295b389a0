package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

class LoadBenchmarkTest {
    private static final String QUADS = """
            <https://example.org/a> <https://example.org/p> "one" <https://example.org/g1> .
            <https://example.org/b> <https://example.org/p> "two" <https://example.org/g1> .
            <https://example.org/c> <https://example.org/p> "three" <https://example.org/g2> .
            <https://example.org/d> <https://example.org/p> "four" <https://example.org/g3> .
            """;

    @TempDir
    Path dir;

    @Test
    void everyMethodLoadsTheSameQuads() throws Exception {
        Path nq = Files.writeString(dir.resolve("a.nq"), QUADS);
        List<Path> files = List.of(nq);
        assertTrue(LoadBenchmark.warmUp(files) > 0);

        assertEquals(4, LoadBenchmark.jenaPhasedLoader(files, dir.resolve("jena")).quads());
        assertEquals(4, LoadBenchmark.newsgraphBulk(files, dir.resolve("bulk")).quads());
        LoadBenchmark.Result incremental = LoadBenchmark.newsgraphIncremental(files, dir.resolve("inc"));
        assertEquals(4, incremental.quads());
        try (GraphStore store = GraphStore.open(dir.resolve("inc"))) {
            assertEquals(4, store.quadCount());
            assertTrue(store.contains("https://example.org/g3"));
        }
    }
}
