package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.NetworkFixture;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;

/** The server tells a database built before the network summary from one that has it. */
class NetworkSummaryCheckTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseWithArticlesButNoSummaryIsReported() {
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        NetworkFixture.open(db).close();
        assertTrue(lacksSummary(db), "articles and no summary");

        try (GraphStore store = GraphStore.open(db)) {
            NetworkSummary.refresh(store);
        }
        assertFalse(lacksSummary(db), "the summary written");
        assertFalse(lacksSummary(dir.resolve("empty")), "an empty database has nothing to summarize");
    }

    private static boolean lacksSummary(Path db) {
        NewsgraphServer server = NewsgraphServer.builder().database(db).port(0).build().start();
        try {
            return server.lacksNetworkSummary();
        } finally {
            server.stop();
        }
    }
}
