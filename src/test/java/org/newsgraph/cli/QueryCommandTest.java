package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

class QueryCommandTest {
    private static final String QUERY =
            "SELECT ?id WHERE { ?a <https://w3id.org/newsgraph/ontology#sourceId> ?id }";

    @TempDir
    Path dir;
    private Path db;
    private Path queryFile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void buildDatabase() throws Exception {
        db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
        }
        queryFile = Files.writeString(dir.resolve("ids.rq"), QUERY);
    }

    @Test
    void writesTsvByDefault() {
        assertEquals(0, run("", "--db", db.toString(), queryFile.toString()), errors());
        assertEquals(List.of("?id", "\"one.txt\""), output().lines().toList());
    }

    @Test
    void readsTheQueryFromStandardInputAndWritesCsv() {
        assertEquals(0, run(QUERY, "--db", db.toString(), "--format", "csv", "-"), errors());
        assertEquals(List.of("id", "one.txt"), output().lines().toList());
    }

    @Test
    void constructGivesTurtle() throws Exception {
        Path construct = Files.writeString(dir.resolve("c.rq"),
                "CONSTRUCT { ?a <urn:id> ?id } WHERE { ?a <https://w3id.org/newsgraph/ontology#sourceId> ?id }");
        assertEquals(0, run("", "--db", db.toString(), "--format", "ttl", construct.toString()), errors());
        assertTrue(output().contains("<urn:id>") && output().contains("\"one.txt\""), output());
    }

    @Test
    void missingDatabaseIsAUsageErrorAndCreatesNothing() {
        Path missing = dir.resolve("missing");
        assertEquals(2, run("", "--db", missing.toString(), queryFile.toString()));
        assertTrue(errors().contains("No database at") && errors().contains("missing"), errors());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, run("", "--db", db.toString(), "--format", "xml", queryFile.toString()));
        assertTrue(errors().contains("Unknown result format 'xml'") && errors().contains("tsv, csv, json"), errors());
    }

    @Test
    void updateIsRefusedAsNotAQuery() throws Exception {
        Path update = Files.writeString(dir.resolve("u.rq"), "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertEquals(2, run("", "--db", db.toString(), update.toString()));
        assertTrue(errors().contains("not valid SPARQL") && errors().contains("not updates"), errors());
    }

    @Test
    void missingQueryFileIsAUsageError() {
        assertEquals(2, run("", "--db", db.toString(), dir.resolve("nope.rq").toString()));
        assertTrue(errors().contains("nope.rq") && errors().contains("does not exist"), errors());
    }

    private int run(String stdin, String... args) {
        QueryCommand command = new QueryCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
