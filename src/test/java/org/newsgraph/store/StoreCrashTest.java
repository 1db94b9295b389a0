package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a process in the middle of its write transactions, several times over the same
 * database: afterwards the database opens, every graph is one whole version, and every commit the
 * process reported is there.
 */
class StoreCrashTest {
    private static final int KILLS = 3;
    private static final String VERSIONS = "SELECT ?g (COUNT(*) AS ?n) (MIN(?v) AS ?min) (MAX(?v) AS ?max) WHERE {"
            + " GRAPH ?g { ?s <" + StoreWriterProcess.VERSION + "> ?v } } GROUP BY ?g";

    @TempDir
    Path dir;

    @Test
    void killedWritersLeaveWholeGraphsAndKeepTheirCommits() throws Exception {
        Path db = dir.resolve("db");
        Random random = new Random(7);
        long next = 0;
        Map<String, Long> committed = new HashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            long last = runAndKill(db, next, random);
            for (long v = next; v <= last; v++) committed.put(StoreWriterProcess.graphName(v), v);
            next = last + 1_000;
            try (GraphStore store = GraphStore.open(db)) {
                checkWhole(store.select(VERSIONS), committed);
            }
        }
    }

    /** Starts the writer, waits for a few commits and a random moment, kills it; the last commit it reported. */
    private static long runAndKill(Path db, long firstVersion, Random random) throws IOException, InterruptedException {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreWriterProcess.class.getName(), db.toString(),
                Long.toString(firstVersion))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long last = -1;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                last = Long.parseLong(line.substring("committed ".length()));
                if (last >= firstVersion + StoreWriterProcess.GRAPHS) break;
            }
            assertTrue(last >= 0, "the writer process committed nothing");
            // a random moment inside the next transactions, which take a few hundred milliseconds each
            Thread.sleep(random.nextInt(300));
        } finally {
            writer.destroyForcibly();
            writer.waitFor();
        }
        return last;
    }

    private static void checkWhole(List<QuerySolution> graphs, Map<String, Long> committed) {
        assertEquals(StoreWriterProcess.GRAPHS, graphs.size(), "graphs in the store");
        for (QuerySolution graph : graphs) {
            String name = graph.getResource("g").getURI();
            long min = Long.parseLong(graph.getLiteral("min").getString());
            long max = Long.parseLong(graph.getLiteral("max").getString());
            assertEquals(StoreWriterProcess.TRIPLES, graph.getLiteral("n").getInt(), name + " is not whole");
            assertEquals(min, max, name + " mixes versions " + min + " and " + max);
            assertTrue(max >= committed.get(name), name + " lost the reported commit " + committed.get(name)
                    + " (holds " + max + ")");
        }
    }
}
