package org.newsgraph.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    private static final String FIXTURES = "/org/newsgraph/eval/";

    @TempDir
    Path temp;
    private Path database;
    private Path gold;
    private DatasetGraph store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void buildStore() throws IOException {
        database = temp.resolve("db");
        store = DatabaseMgr.connectDatasetGraph(database.toString());
        Txn.executeWrite(store, () -> RDFParser.source(fixture("entities.trig")).lang(Lang.TRIG).parse(store));
        gold = temp.resolve("gold.json");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURES + "entities.json"))) {
            Files.copy(in, gold);
        }
    }

    @AfterEach
    void releaseStore() {
        TDBInternal.expel(store);
    }

    private static InputStream fixture(String name) {
        return Objects.requireNonNull(EvalCommandTest.class.getResourceAsStream(FIXTURES + name), name);
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new EvalCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void printsTheTableOfATdb2Store() {
        assertEquals(0, run("--db", database.toString(), "--gold", gold.toString()));
        assertTrue(out.toString().startsWith("newsgraph eval against gold.json: 6 gold articles, 1 missing"), out.toString());
        assertTrue(out.toString().lines().anyMatch(line -> line.startsWith("TOTAL (micro)")), out.toString());
    }

    @Test
    void printsJsonOnRequest() {
        assertEquals(0, run("--db", database.toString(), "--gold", gold.toString(), "--json"));
        assertTrue(out.toString().contains("\"notInGold\" : [ \"extra.txt\" ]"), out.toString());
    }

    @Test
    void refusesADirectoryThatIsNotAStoreInsteadOfCreatingOne() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertEquals(2, run("--db", empty.toString(), "--gold", gold.toString()));
        assertTrue(err.toString().contains("is not a TDB2 store"), err.toString());
        try (var children = Files.list(empty)) {
            assertEquals(0, children.count());
        }
        assertEquals(2, run("--db", temp.resolve("nowhere").toString(), "--gold", gold.toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void reportsABadGoldFileWithWhereAndWhat() throws IOException {
        assertEquals(2, run("--db", database.toString(), "--gold", temp.resolve("none.json").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());

        Path bad = Files.writeString(temp.resolve("bad.json"),
                "{\"articles\": [{\"file\": \"a\", \"events\": [{\"cameo\": \"x\", \"agent\": \"Q1\"}]}]}");
        assertEquals(2, run("--db", database.toString(), "--gold", bad.toString()));
        assertTrue(err.toString().contains("articles[0].events[0]"), err.toString());
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertEquals(2, run("--db", database.toString()));
        assertTrue(err.toString().contains("--gold"), err.toString());
    }
}
