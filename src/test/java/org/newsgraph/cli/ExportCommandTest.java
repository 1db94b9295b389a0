package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.NetworkFixture;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    static Path dir;
    private static Path db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void buildDatabase() {
        db = dir.resolve("db");
        try (GraphStore store = NetworkFixture.open(db)) {
            store.articleCount();
        }
    }

    @Test
    void writesTheActorNetworkToAFile() throws Exception {
        Path file = dir.resolve("network.gexf");
        assertEquals(0, run("--db", db.toString(), "--format", "GEXF", "-o", file.toString()), errors());
        String gexf = Files.readString(file);
        assertTrue(gexf.contains("label=\"threatened\""), gexf);
        assertFalse(Files.exists(dir.resolve("network.gexf.partial")));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on standard output with -o");
    }

    @Test
    void writesAQueryGraphToStandardOutput() throws Exception {
        Path query = Files.writeString(dir.resolve("speakers.rq"), """
                SELECT ?source ?target WHERE { ?s <https://w3id.org/newsgraph/ontology#speaker> ?source ;
                                                  <https://w3id.org/newsgraph/ontology#about> ?target }""");
        assertEquals(0, run("--db", db.toString(), "--format", "dot", "--query", query.toString()), errors());
        String dot = out.toString(StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph \"newsgraph speakers.rq\" {"), dot);
        assertTrue(dot.contains("\"" + NetworkFixture.RUIZ + "\" -> \"" + NetworkFixture.SYLVANIA + "\""), dot);
    }

    @Test
    void explainsWrongArguments() throws Exception {
        assertEquals(2, run("--db", db.toString(), "--format", "svg"));
        assertTrue(errors().contains("Use one of: graphml, gexf, cyjs, dot"), errors());
        Path bad = Files.writeString(dir.resolve("bad.rq"), "SELECT ?a WHERE { ?a ?p ?o }");
        assertEquals(2, run("--db", db.toString(), "--format", "cyjs", "--query", bad.toString()));
        assertTrue(errors().contains("?source and ?target"), errors());
        assertEquals(2, run("--db", dir.resolve("nothing").toString(), "--format", "cyjs"));
        assertTrue(errors().contains("No database at"), errors());
        assertEquals(2, run("--db", db.toString(), "--format", "cyjs", "--query", dir.resolve("missing.rq").toString()));
        assertTrue(errors().contains("does not exist"), errors());
    }

    @Test
    void isASubcommandOfNewsgraph() {
        assertTrue(NewsgraphCommand.commandLine().getSubcommands().containsKey("export"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        CommandLine cli = new CommandLine(new ExportCommand(out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        return cli.execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
