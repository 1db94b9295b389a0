package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.wikidata.FakeWikidataServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;
import org.newsgraph.store.relink.RelinkFixtures;
import picocli.CommandLine;

class LinkCommandTest {
    @TempDir
    Path dir;
    private final FakeWikidataServer wikidata = new FakeWikidataServer();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        wikidata.close();
    }

    private int run(String... args) {
        LinkCommand command = new LinkCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    private Path builtStore() {
        Path db = dir.resolve("db");
        try (GraphStore store = RelinkFixtures.store(db)) {
            return db;
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linksAStoreOverTheApiAndCachesTheAnswers() {
        Path db = builtStore();
        String cache = dir.resolve("cache").toString();

        assertEquals(0, run("--db", db.toString(), "--wikidata-cache", cache,
                "--wikidata-endpoint", wikidata.endpoint().toString()), errors());

        assertTrue(output().contains("Linked 2 of 3 unlinked actors in 1 of 1 articles"), output());
        int requests = wikidata.requestCount();
        assertTrue(requests > 0);
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(store.ask("ASK { <https://w3id.org/newsgraph/id/Q99000001> "
                    + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q99000001> }"));
            assertTrue(output().contains("Network summary:"), "what a build derives follows the new IRIs: " + output());
            assertTrue(output().lines().anyMatch(l -> l.matches("Network summary: \\d+ actors, \\d+ relations \\(\\d+\\.\\d s\\)")),
                    "each step says how long it took: " + output());
            assertTrue(store.ask("ASK { GRAPH <" + NetworkSummary.GRAPH + "> { <https://w3id.org/newsgraph/id/Q99000001> "
                    + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q99000001> } }"));
        }

        Path second = dir.resolve("db2");
        RelinkFixtures.store(second).close();
        assertEquals(0, run("--db", second.toString(), "--offline", "--wikidata-cache", cache,
                "--wikidata-endpoint", wikidata.endpoint().toString()), errors());
        assertEquals(requests, wikidata.requestCount(), "offline: the cache alone answered");
        assertTrue(output().contains("offline, cache only"), output());
    }

    @Test
    void withoutNetworkItWarnsOnceAndFinishesOffline() throws IOException {
        Path db = builtStore();
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }

        int exit = run("--db", db.toString(), "--wikidata-cache", dir.resolve("cache").toString(),
                "--wikidata-endpoint", "http://127.0.0.1:" + freePort + "/w/api.php");

        assertEquals(ExitCodes.PARTIAL, exit);
        assertEquals(1, errors().lines().filter(l -> l.startsWith("newsgraph link: warning: Wikidata is not reachable")).count(), errors());
        assertTrue(output().contains("Linked 0 of 3"), output());
    }

    @Test
    void aMissingDatabaseIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("--db", dir.resolve("none").toString(), "--offline"));
        assertTrue(errors().contains("No database at"), errors());
    }
}
