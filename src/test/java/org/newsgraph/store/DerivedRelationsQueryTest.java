package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Span;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SampleExtraction;

/** rules/derive-actor-relations.rq does what the ontology's comments on the relations say. */
class DerivedRelationsQueryTest {
    private static final Resource RUIZ = actor(SampleExtraction.RUIZ);
    private static final Resource FREEDONIA = actor(SampleExtraction.FREEDONIA);
    private static final Resource SYLVANIA = actor(SampleExtraction.SYLVANIA);
    private static final Resource ARMY = actor(SampleExtraction.ARMY);

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
    void conditionalThreatCountsButHypotheticalAttackDoesNot() throws Exception {
        Model edges = derive(List.of());
        assertTrue(edges.contains(RUIZ, NG.threatened, SYLVANIA));
        assertTrue(edges.contains(FREEDONIA, NG.threatened, SYLVANIA));
        assertFalse(edges.contains(ARMY, NG.attacked, FREEDONIA), "a hypothetical attack is no attack");
    }

    @Test
    void speakersAreQuotedAboutTheActorsTheyTalkAbout() throws Exception {
        Model edges = derive(List.of());
        assertTrue(edges.contains(RUIZ, NG.quotedAbout, FREEDONIA));
        assertTrue(edges.contains(RUIZ, NG.quotedAbout, ARMY));
    }

    @Test
    void assertedMeetingIsSymmetricAndNegatedThreatGivesNothing() throws Exception {
        Model edges = derive(List.of(
                event("m", "042", SampleExtraction.RUIZ, SampleExtraction.SYLVANIA, Modality.ASSERTED),
                event("n", "138", SampleExtraction.SYLVANIA, SampleExtraction.RUIZ, Modality.NEGATED)));
        assertTrue(edges.contains(RUIZ, NG.metWith, SYLVANIA));
        assertTrue(edges.contains(SYLVANIA, NG.metWith, RUIZ));
        assertFalse(edges.contains(SYLVANIA, NG.threatened, RUIZ));
    }

    @Test
    void militaryAidGoesToTheRecipient() throws Exception {
        Event aid = new Event("a", "072", "supply", List.of(SampleExtraction.FREEDONIA),
                List.of(SampleExtraction.SYLVANIA), List.of(SampleExtraction.ARMY), Modality.ASSERTED, null, -1,
                null, null, "s", new Span(0, 5), 0.9);
        Model edges = derive(List.of(aid));
        assertTrue(edges.contains(FREEDONIA, NG.armed, ARMY));
        assertFalse(edges.contains(FREEDONIA, NG.armed, SYLVANIA));
        assertFalse(edges.contains(ARMY, NG.armed, FREEDONIA), "armed is not symmetric");
    }

    private Model derive(List<Event> extraEvents) throws Exception {
        Extraction sample = SampleExtraction.create("one.txt");
        List<Event> events = new ArrayList<>(sample.events());
        events.addAll(extraEvents);
        Extraction extraction = new Extraction(sample.article(), sample.actors(), sample.statements(), events);
        store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(extraction));
        Model edges = store.construct(Files.readString(Path.of("rules/derive-actor-relations.rq")));
        assertEquals(0, edges.listStatements().filterKeep(s -> s.getSubject().equals(s.getObject())).toList().size(),
                "no self-edges");
        return edges;
    }

    private static Event event(String id, String cameo, String agent, String target, Modality modality) {
        return new Event(id, cameo, "x", List.of(agent), List.of(target), List.of(), modality, null, -1,
                null, null, "s", new Span(0, 5), 0.9);
    }

    private static Resource actor(String id) {
        return ResourceFactory.createResource(Iris.actor(id));
    }
}
