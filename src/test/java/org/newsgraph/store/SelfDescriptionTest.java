package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.PostBuildSteps;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;

/** After a build the store holds its vocabularies and a VoID description, once each. */
class SelfDescriptionTest {
    private static final String PREFIXES = """
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void open() {
        store = GraphStore.open(dir.resolve("db"));
        store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void cameoCodesAndNamesAreInTheUnionDefaultGraph() {
        PostBuildSteps.run(store, QUIET);
        assertTrue(store.ask(PREFIXES + "ASK { ?t skos:notation \"138\" ; skos:prefLabel ?name }"));
        List<QuerySolution> named = store.select(PREFIXES
                + "SELECT DISTINCT ?name WHERE { ?e a ng:Event ; ng:eventType ?t . ?t skos:prefLabel ?name }");
        assertFalse(named.isEmpty(), "the sample's events should get the names of their CAMEO types");
        assertTrue(store.ask(PREFIXES + "ASK { ng:Statement rdfs:label ?label }"), "the ontology's labels");
    }

    @Test
    void buildingAgainStoresTheVocabulariesOnceAndLeavesThemWhenUnchanged() {
        PostBuildSteps.run(store, QUIET);
        long quads = store.quadCount();
        assertEquals(0, VocabularyGraphs.refresh(store), "unchanged vocabularies are not written again");
        PostBuildSteps.run(store, QUIET);
        assertEquals(quads, store.quadCount(), "a second build must not duplicate anything");
        assertEquals(1, store.select(PREFIXES + "SELECT ?g WHERE { GRAPH ?g { ?t skos:notation \"138\" } }").size());
    }

    @Test
    void aChangedVocabularyReplacesTheStoredOne() {
        PostBuildSteps.run(store, QUIET);
        Graph changed = GraphFactory.createDefaultGraph();
        changed.add(Triple.create(NodeFactory.createURI("https://w3id.org/newsgraph/cameo/138"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#notation"), NodeFactory.createLiteralString("138")));
        assertTrue(VocabularyGraphs.refresh(store, VocabularyGraphs.CAMEO.graph(), changed));
        long size = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .getGraph(NodeFactory.createURI(VocabularyGraphs.CAMEO.graph())).size());
        assertEquals(1, size);
        assertEquals(1, VocabularyGraphs.refresh(store), "the next build puts the real scheme back");
    }

    @Test
    void theVoidDescriptionCountsWhatTheStoreHolds() {
        PostBuildSteps.run(store, QUIET);
        QuerySolution row = store.select(PREFIXES + """
                SELECT ?docs ?triples ?endpoint ?modified ?people ?events WHERE {
                  ?d a void:Dataset ; void:documents ?docs ; void:triples ?triples ; void:sparqlEndpoint ?endpoint ;
                     dcterms:modified ?modified ; void:vocabulary <https://w3id.org/newsgraph/cameo/> ;
                     void:classPartition [ void:class ng:Person ; void:entities ?people ] ,
                                         [ void:class ng:Event ; void:entities ?events ] .
                }""").get(0);
        assertEquals(1, row.getLiteral("docs").getLong());
        long people = store.select(PREFIXES + "SELECT DISTINCT ?p WHERE { ?p a ng:Person }").size();
        long events = store.select(PREFIXES + "SELECT DISTINCT ?e WHERE { ?e a ng:Event }").size();
        assertTrue(people > 0 && events > 0);
        assertEquals(people, row.getLiteral("people").getLong());
        assertEquals(events, row.getLiteral("events").getLong());
        long described = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                .getGraph(NodeFactory.createURI(DatasetDescription.GRAPH)).size());
        assertEquals(store.quadCount() - described, row.getLiteral("triples").getLong());
        assertEquals(DatasetDescription.DEFAULT_ENDPOINT, row.getResource("endpoint").getURI());
    }

    @Test
    void theActorQueriesOfExportAndExplorerDoNotSeeTheVocabularies() throws Exception {
        String nodes = Files.readString(Path.of("src/main/resources/store/network-actors.rq"));
        int before = store.select(nodes).size();
        String search = Files.readString(Path.of("src/main/resources/explore/search-actors-in-articles.rq"))
                .replace("LCASE(?text)", "\"threat\"");
        PostBuildSteps.run(store, QUIET);
        assertEquals(before, store.select(nodes).size());
        assertEquals(List.of(), store.select(search), "CAMEO's \"Threaten\" concepts are no actors");
    }
}
