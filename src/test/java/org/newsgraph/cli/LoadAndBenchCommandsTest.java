package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** {@code load} and the benchmark commands that need no language models. */
class LoadAndBenchCommandsTest {
    private static final String QUADS = """
            <https://example.org/a> <https://example.org/p> "one" <https://example.org/g1> .
            <https://example.org/b> <https://example.org/p> "two" <https://example.org/g2> .
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void loadReadsSparkShardsAndSkipsTheirMarkers() throws Exception {
        Path shards = Files.createDirectories(dir.resolve("shards"));
        Files.writeString(shards.resolve("part-00000"), QUADS);
        Files.writeString(shards.resolve("_SUCCESS"), "");
        Files.writeString(shards.resolve(".part-00000.crc"), "not rdf");

        assertEquals(List.of(shards.resolve("part-00000")), LoadCommand.expand(List.of(shards)));
        int exit = run("load", "--db", dir.resolve("db").toString(), shards.toString());

        assertEquals(ExitCodes.OK, exit, err.toString());
        assertTrue(out.toString().contains("Loaded 2 quads"), out.toString());
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            assertTrue(store.contains("https://example.org/g2"));
        }
    }

    @Test
    void loadRefusesADatabaseWithData() throws Exception {
        Path nq = Files.writeString(dir.resolve("a.nq"), QUADS);
        assertEquals(ExitCodes.OK, run("load", "--db", dir.resolve("db").toString(), nq.toString()));
        assertEquals(ExitCodes.FATAL, run("load", "--db", dir.resolve("db").toString(), nq.toString()));
        assertTrue(err.toString().contains("already holds data"), err.toString());
    }

    @Test
    void benchLoadComparesWithJenasLoader() throws Exception {
        Path nq = Files.writeString(dir.resolve("a.nq"), QUADS);
        assertEquals(ExitCodes.OK, run("bench", "load", nq.toString()));
        String text = out.toString();
        assertTrue(text.contains("Jena tdb2.tdbloader") && text.contains("newsgraph build --bulk")
                && text.contains("incremental"), text);
    }

    @Test
    void benchQueryMeasuresEachQueryWithAndWithoutTheCache() throws Exception {
        Path nq = Files.writeString(dir.resolve("a.nq"), QUADS);
        assertEquals(ExitCodes.OK, run("load", "--db", dir.resolve("db").toString(), nq.toString()));
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("all.rq"), "SELECT * WHERE { ?s ?p ?o }");
        for (String cache : new String[] {"0", "8"}) {
            out.reset();
            assertEquals(ExitCodes.OK, run("bench", "query", "--db", dir.resolve("db").toString(), "--queries",
                    queries.toString(), "--clients", "1,2", "--seconds", "0.2", "--warm-up", "0.1", "--query-cache", cache),
                    err.toString());
            String text = out.toString();
            assertTrue(text.contains(cache.equals("0") ? "query cache off" : "query cache 8 MB"), text);
            assertTrue(text.contains("0.2 s or 20000 requests each, after 0.1 s of warm-up per query (not counted)"), text);
            assertTrue(text.contains("first ms") && text.lines().filter(line -> line.startsWith("all.rq")).count() == 2, text);
        }
    }

    @Test
    void benchCommandsExplainWrongInput() {
        assertEquals(ExitCodes.USAGE, run("bench", "query", "--db", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("build one first"), err.toString());
        assertEquals(ExitCodes.USAGE, run("bench", "query", "--db", dir.toString(), "--warm-up", "-1"));
        assertTrue(err.toString().contains("--warm-up in [0, 600]"), err.toString());
        assertEquals(ExitCodes.USAGE, run("bench", "extract", "--corpus", dir.resolve("none.jsonl").toString()));
        assertEquals(ExitCodes.USAGE, run("bench", "load", dir.resolve("none.nq").toString()));
    }

    private static int run(String... args) {
        return NewsgraphCommand.commandLine().execute(args);
    }
}
