package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkLoaderTest {
    private static final String QUADS = """
            <https://example.org/a> <https://example.org/p> "one" <https://example.org/g1> .
            <https://example.org/b> <https://example.org/p> "two" <https://example.org/g1> .
            <https://example.org/c> <https://example.org/p> "three" <https://example.org/g2> .
            """;

    @TempDir
    Path dir;

    @Test
    void loadsIntoANewDatabaseThroughAStagingDirectory() throws Exception {
        Path nq = Files.writeString(dir.resolve("data.nq"), QUADS);
        Path db = dir.resolve("db");

        BulkLoader.Result result = BulkLoader.loadIntoNewDatabase(db, List.of(nq));

        assertEquals(3, result.quads());
        assertFalse(Files.exists(BulkLoader.stagingDirectory(db)));
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(3, store.quadCount());
            assertTrue(store.contains("https://example.org/g2"));
        }
    }

    @Test
    void aStaleStagingDirectoryFromACrashIsReplaced() throws Exception {
        Path nq = Files.writeString(dir.resolve("data.nq"), QUADS);
        Path db = dir.resolve("db");
        Path staging = BulkLoader.stagingDirectory(db);
        Files.createDirectories(staging.resolve("Data-0001"));
        Files.writeString(staging.resolve("Data-0001/half-written"), "garbage");

        assertEquals(3, BulkLoader.loadIntoNewDatabase(db, List.of(nq)).quads());
        assertFalse(Files.exists(staging));
    }

    @Test
    void anEmptyDirectoryCountsAsNewAndDataIsNeverMergedInto() throws Exception {
        Path nq = Files.writeString(dir.resolve("data.nq"), QUADS);
        Path db = Files.createDirectories(dir.resolve("db"));
        assertTrue(BulkLoader.isNewDatabase(db));
        BulkLoader.loadIntoNewDatabase(db, List.of(nq));
        assertFalse(BulkLoader.isNewDatabase(db));
        assertThrows(IllegalStateException.class, () -> BulkLoader.loadIntoNewDatabase(db, List.of(nq)));
    }
}
