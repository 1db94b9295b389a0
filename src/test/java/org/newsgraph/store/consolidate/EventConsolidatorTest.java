package org.newsgraph.store.consolidate;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consolidation and derived relations over a store holding the same invented article twice. */
class EventConsolidatorTest {
    private static final String PREFIX = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n";

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

    private void storeArticle(String sourceId) {
        Extraction extraction = SampleExtraction.create(sourceId);
        store.replaceArticle(Iris.article(sourceId), new ExtractionMapper().map(extraction));
    }

    @Test
    void twoReportsOfOneThreatBecomeOneEventReportedInBothArticles() {
        storeArticle("one.txt");
        storeArticle("two.txt");
        EventConsolidator.Result result = EventConsolidator.refresh(store);
        assertEquals(4, result.reports());
        assertEquals(2, result.groups(), "the threat and the attack it depends on");
        String happenings = PREFIX + "SELECT ?e WHERE { ?e a ng:Event FILTER NOT EXISTS { ?e owl:sameAs ?other } }";
        assertEquals(2, store.select(happenings).size());
        String reportedTwice = PREFIX + "ASK { ?e a ng:Event ; ng:reportedIn <" + Iris.article("one.txt")
                + "> , <" + Iris.article("two.txt") + "> }";
        assertTrue(store.ask(reportedTwice));
        String eachReportKept = PREFIX + "SELECT ?e WHERE { ?e a ng:Event ; ng:evidence ?sentence }";
        assertEquals(4, store.select(eachReportKept).size());
    }

    @Test
    void refreshingReplacesTheLinksOfRemovedReports() {
        storeArticle("one.txt");
        storeArticle("two.txt");
        EventConsolidator.refresh(store);
        Extraction sample = SampleExtraction.create("two.txt");
        Extraction withoutEvents = new Extraction(sample.article(), sample.actors(), sample.statements(), List.of());
        store.replaceArticle(Iris.article("two.txt"), new ExtractionMapper().map(withoutEvents));
        assertEquals(0, EventConsolidator.refresh(store).groups());
        assertFalse(store.ask(PREFIX + "ASK { ?a a ng:Event ; owl:sameAs ?b }"));
    }

    @Test
    void derivedRelationsLiveInTheirOwnGraphAndFollowTheEvents() {
        storeArticle("one.txt");
        long edges = DerivedRelations.refresh(store);
        assertTrue(edges > 0);
        Resource ruiz = ResourceFactory.createResource(Iris.actor(SampleExtraction.RUIZ));
        Resource sylvania = ResourceFactory.createResource(Iris.actor(SampleExtraction.SYLVANIA));
        Model derived = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + DerivedRelations.GRAPH
                + "> { ?s ?p ?o } }");
        assertTrue(derived.contains(ruiz, NG.threatened, sylvania));
        assertEquals(edges, DerivedRelations.refresh(store), "a second refresh replaces, not adds");
        assertFalse(derived.contains(ruiz, OWL.sameAs, sylvania));
    }
}
