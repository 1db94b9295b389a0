package org.newsgraph.store.relink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.wikidata.SearchHit;
import org.newsgraph.link.wikidata.TestApis;
import org.newsgraph.link.wikidata.WikidataApi;
import org.newsgraph.link.wikidata.WikidataEntity;
import org.newsgraph.link.wikidata.WikidataLinker;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;

class StoreLinkerTest {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX id: <https://w3id.org/newsgraph/id/>\n";

    @TempDir
    Path db;
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private StoreLinker linker(WikidataApi api) {
        return new StoreLinker(new WikidataLinker(api), ShaclValidator.fromClasspath(),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    private static String one(GraphStore store, String select) {
        List<QuerySolution> rows = store.select(PREFIXES + select);
        assertEquals(1, rows.size(), select);
        return rows.get(0).get("v").toString();
    }

    @Test
    void unlinkedActorsGetTheirLinkedIrisAndEverythingFollows() {
        try (GraphStore store = RelinkFixtures.store(db)) {
            StoreLinker.RelinkSummary summary = linker(TestApis.fixtures()).link(store);

            assertEquals(1, summary.articles());
            assertEquals(3, summary.unlinked());
            assertEquals(2, summary.linked());
            assertEquals(0, summary.invalid());
            assertEquals("http://www.wikidata.org/entity/Q99000001", one(store, "SELECT ?v { id:Q99000001 owl:sameAs ?v }"));
            assertEquals("Ana Petrova", one(store, "SELECT ?v { id:Q99000001 rdfs:label ?v }"));
            assertEquals("https://w3id.org/newsgraph/id/Q99200004", one(store, "SELECT ?v { id:Q99000001 ng:memberOf ?v }"));
            assertEquals("Ministry of Foreign Affairs of Russia", one(store, "SELECT ?v { id:Q99200004 rdfs:label ?v }"));
            assertTrue(store.ask(PREFIXES + "ASK { id:Q99200004 skos:altLabel \"Russian Foreign Ministry\" }"));
            assertTrue(store.ask(PREFIXES + "ASK { id:Q99000001 ng:confidence ?c FILTER(?c < 1) }"));
            assertEquals("https://w3id.org/newsgraph/id/Q99000001", one(store, "SELECT ?v { ?s ng:speaker ?v }"));
            assertEquals("https://w3id.org/newsgraph/id/Q99000001", one(store, "SELECT ?v { ?e ng:agent ?v }"));
            assertFalse(store.ask(PREFIXES + "ASK { { ?x ?p <https://w3id.org/newsgraph/id/person/an-ptrv> }"
                    + " UNION { <https://w3id.org/newsgraph/id/person/an-ptrv> ?p ?o } }"), "no trace of the old IRI");
            assertTrue(store.ask(PREFIXES + "ASK { <https://w3id.org/newsgraph/id/person/zd-qrr> a ng:Person }"),
                    "what Wikidata does not know stays as it was");
        }
    }

    @Test
    void aSecondRunFindsNothingMoreToLink() {
        try (GraphStore store = RelinkFixtures.store(db)) {
            linker(TestApis.fixtures()).link(store);
            long quads = store.quadCount();

            StoreLinker.RelinkSummary again = linker(TestApis.fixtures()).link(store);

            assertEquals(1, again.unlinked());
            assertEquals(0, again.linked());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void withNothingLinkableTheStoreIsUntouched() {
        try (GraphStore store = RelinkFixtures.store(db)) {
            long quads = store.quadCount();
            StoreLinker.RelinkSummary summary = linker(new NoAnswers()).link(store);
            assertEquals(0, summary.changedArticles());
            assertEquals(quads, store.quadCount());
        }
    }

    private static final class NoAnswers implements WikidataApi {
        @Override
        public Optional<List<SearchHit>> search(String name) {
            return Optional.of(List.of());
        }

        @Override
        public Map<String, WikidataEntity> entities(Collection<String> ids) {
            return Map.of();
        }
    }
}
