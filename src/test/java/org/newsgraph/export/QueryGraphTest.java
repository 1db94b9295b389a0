package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;

class QueryGraphTest {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    @TempDir
    static Path dir;
    private static GraphStore store;

    @BeforeAll
    static void open() {
        store = NetworkFixture.open(dir.resolve("db"));
        // as every build leaves it: arms-suppliers.rq reads the summary
        NetworkSummary.refresh(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void rowsBecomeEdgesAndOtherColumnsAttributes() throws Exception {
        RecordingWriter graph = write(PREFIXES + """
                SELECT ?source ?sourceLabel ?target ?relation ?weight ?cue
                WHERE {
                    ?s ng:speaker ?source ; ng:about ?target ; ng:cue ?cue .
                    FILTER (?cue = "demand")
                    ?source rdfs:label ?sourceLabel .
                    BIND (ng:quotedAbout AS ?relation)
                    BIND (2.5 AS ?weight)
                }""");
        assertEquals(2, graph.nodes.size());
        assertEquals("Ana Ruiz", graph.node(NetworkFixture.RUIZ).orElseThrow().label());
        assertEquals("Q9002", graph.node(NetworkFixture.SYLVANIA).orElseThrow().label(),
                "without a label column a node is named by its IRI's last part");
        GraphEdge edge = graph.edges.get(0);
        assertEquals("quotedAbout", edge.label());
        assertEquals(2.5, edge.weight());
        assertEquals("demand", edge.attributes().get("cue"));
        assertEquals(List.of(new AttributeSpec("cue", AttributeType.STRING)), graph.schema.edgeAttributes());
    }

    @Test
    void literalsCanBeNodesAndRowsWithoutEndsAreSkipped() throws Exception {
        RecordingWriter graph = write(PREFIXES + """
                SELECT ?source ?target WHERE {
                    { ?e ng:agent ?a ; ng:date ?source . BIND (STR(?a) AS ?target) }
                    UNION { BIND ("alone" AS ?source) }
                }""");
        assertTrue(graph.node("2031-03-08").isPresent(), graph.nodes.toString());
        assertTrue(graph.node("alone").isEmpty());
        assertEquals(4, graph.edges.size(), "events e1, e2, e3 and e5 have a date; e4 has none");
    }

    @Test
    void aQueryWithoutSourceAndTargetIsRefusedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QueryGraph(new StoreSelect(store.dataset()), "SELECT ?a ?b WHERE { ?a ?p ?b }", "t"));
        assertTrue(e.getMessage().contains("?source and ?target"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new QueryGraph(new StoreSelect(store.dataset()), "ASK { ?a ?p ?b }", "t"));
        assertThrows(QueryParseException.class,
                () -> new QueryGraph(new StoreSelect(store.dataset()), "SELECT WHERE {", "t"));
    }

    @Test
    void theCannedGraphQueriesExport() throws Exception {
        for (String file : List.of("queries/who-threatened-whom.rq", "queries/arms-suppliers.rq")) {
            RecordingWriter graph = write(java.nio.file.Files.readString(Path.of(file)));
            assertTrue(graph.edges.size() >= 1, file + " gave no edge");
        }
    }

    private static RecordingWriter write(String sparql) throws Exception {
        RecordingWriter writer = new RecordingWriter();
        new QueryGraph(new StoreSelect(store.dataset()), sparql, "test").writeTo(writer);
        return writer;
    }
}
