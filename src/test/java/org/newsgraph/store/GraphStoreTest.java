package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;

class GraphStoreTest {
    private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n";
    private final ExtractionMapper mapper = new ExtractionMapper();

    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replacingAnArticleKeepsTheCount() {
        Graph graph = mapper.map(SampleExtraction.create("one.txt"));
        store.replaceArticle(Iris.article("one.txt"), graph);
        long quads = store.quadCount();
        assertEquals(graph.size(), quads);
        store.replaceArticle(Iris.article("one.txt"), mapper.map(SampleExtraction.create("one.txt")));
        assertEquals(quads, store.quadCount());
        assertEquals(1, store.articleCount());
        assertTrue(store.contains(Iris.article("one.txt")));
        assertFalse(store.contains(Iris.article("two.txt")));
    }

    @Test
    void replacementRemovesTriplesOfTheOldVersion() {
        store.replaceArticle(Iris.article("one.txt"), mapper.map(SampleExtraction.create("one.txt")));
        Graph smaller = mapper.map(SampleExtraction.create("one.txt"));
        smaller.remove(null, org.newsgraph.rdf.NG.trigger.asNode(), null);
        store.replaceArticle(Iris.article("one.txt"), smaller);
        assertEquals(smaller.size(), store.quadCount());
        assertFalse(store.ask(PREFIX + "ASK { ?e ng:trigger ?t }"));
    }

    @Test
    void compactionKeepsTheData() {
        storeOne();
        storeOne();
        long quads = store.quadCount();
        store.compact();
        assertEquals(quads, store.quadCount());
        assertTrue(store.contains(Iris.article("one.txt")));
    }

    @Test
    void twoArticlesAreTwoGraphs() {
        store.replaceArticle(Iris.article("one.txt"), mapper.map(SampleExtraction.create("one.txt")));
        store.replaceArticle(Iris.article("two.txt"), mapper.map(SampleExtraction.create("two.txt")));
        assertEquals(2, store.articleCount());
        assertTrue(store.contains(Iris.article("two.txt")));
    }

    @Test
    void defaultGraphIsTheUnionOfArticleGraphs() {
        store.replaceArticle(Iris.article("one.txt"), mapper.map(SampleExtraction.create("one.txt")));
        store.replaceArticle(Iris.article("two.txt"), mapper.map(SampleExtraction.create("two.txt")));
        // A linked actor has one IRI in every article: both graphs' mentions join on it.
        List<QuerySolution> rows = store.select(PREFIX
                + "SELECT ?article WHERE { <" + Iris.actor(SampleExtraction.FREEDONIA) + "> ng:mentionedIn ?article }"
                + " ORDER BY ?article");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getResource("article").getURI().startsWith("https://w3id.org/newsgraph/id/article/"));
    }

    @Test
    void tsvHasAHeaderRowOfVariables() {
        storeOne();
        String tsv = run("SELECT ?source WHERE { ?a ng:sourceId ?source }", ResultFormat.TSV);
        assertEquals(List.of("?source", "\"one.txt\""), tsv.lines().toList());
    }

    @Test
    void csvHasAHeaderRowAndPlainValues() {
        storeOne();
        String csv = run("SELECT ?source WHERE { ?a ng:sourceId ?source }", ResultFormat.CSV);
        assertEquals(List.of("source", "one.txt"), csv.lines().toList());
    }

    @Test
    void jsonIsSparqlResultsJson() {
        storeOne();
        String json = run("SELECT ?source WHERE { ?a ng:sourceId ?source }", ResultFormat.JSON);
        assertTrue(json.contains("\"vars\"") && json.contains("\"source\"") && json.contains("\"one.txt\""), json);
    }

    @Test
    void askResultIsWrittenInEachTabularFormat() {
        storeOne();
        assertTrue(run("ASK { ?a ng:sourceId \"one.txt\" }", ResultFormat.JSON).contains("true"));
        assertTrue(run("ASK { ?a ng:sourceId \"one.txt\" }", ResultFormat.TSV).contains("true"));
        assertTrue(run("ASK { ?a ng:sourceId \"nope\" }", ResultFormat.CSV).contains("false"));
    }

    @Test
    void constructIsWrittenAsTurtleOrNTriples() {
        storeOne();
        String construct = "CONSTRUCT { ?a ng:sourceId ?s } WHERE { ?a ng:sourceId ?s }";
        Model turtle = parse(run(construct, ResultFormat.TURTLE), Lang.TURTLE);
        assertEquals(1, turtle.size());
        Model ntriples = parse(run(construct, ResultFormat.NTRIPLES), Lang.NTRIPLES);
        assertTrue(turtle.isIsomorphicWith(ntriples));
        assertEquals(1, parse(run(construct, ResultFormat.TSV), Lang.TURTLE).size());
    }

    @Test
    void describeGivesTheResourceDescription() {
        storeOne();
        String describe = run("DESCRIBE <" + Iris.article("one.txt") + ">", ResultFormat.NTRIPLES);
        assertTrue(describe.contains("\"one.txt\""), describe);
    }

    @Test
    void graphFormatForSelectIsRefusedWithAClearMessage() {
        storeOne();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run("SELECT * WHERE { ?s ?p ?o }", ResultFormat.TURTLE));
        assertTrue(e.getMessage().contains("tsv, csv or json"), e.getMessage());
    }

    @Test
    void constructHelperReturnsAModel() {
        storeOne();
        Model model = store.construct(PREFIX + "CONSTRUCT { ?a ng:sourceId ?s } WHERE { ?a ng:sourceId ?s }");
        assertEquals(1, model.size());
    }

    @Test
    void databaseOpenInAnotherProcessGivesAClearError() throws Exception {
        Path other = dir.resolve("other");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseHolder.class.getName(), other.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", lines.readLine(), "the helper process could not open the database");
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> GraphStore.open(other));
            assertEquals(holder.pid(), e.holderPid());
            assertTrue(e.getMessage().contains(other.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("process " + holder.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("stop that process"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
    }

    private void storeOne() {
        store.replaceArticle(Iris.article("one.txt"), mapper.map(SampleExtraction.create("one.txt")));
    }

    private String run(String query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(PREFIX + query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Model parse(String text, Lang lang) {
        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(model);
        return model;
    }
}
