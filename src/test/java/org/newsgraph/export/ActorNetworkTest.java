package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.export.NetworkFixture.ARMY;
import static org.newsgraph.export.NetworkFixture.FREEDONIA;
import static org.newsgraph.export.NetworkFixture.RUIZ;
import static org.newsgraph.export.NetworkFixture.SYLVANIA;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/** The actor network of network.trig: what the derivation rules say, with provenance. */
class ActorNetworkTest {
    private static final String ARTICLE = "https://w3id.org/newsgraph/id/article/";
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static RecordingWriter whole;

    @BeforeAll
    static void export() throws Exception {
        store = NetworkFixture.open(dir.resolve("db"));
        whole = new RecordingWriter();
        ActorNetwork.whole(new StoreSelect(store.dataset())).writeTo(whole);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void nodesAreActorsWithLabelTypeWikidataAndArticleCount() {
        assertEquals(4, whole.nodes.size());
        GraphNode freedonia = whole.node(FREEDONIA).orElseThrow();
        assertEquals("Freedonia", freedonia.label());
        assertEquals("State", freedonia.type());
        assertEquals("Q9001", freedonia.attributes().get("wikidata"));
        assertEquals(2L, freedonia.attributes().get("articles"));
        assertEquals(2.0, freedonia.weight());
        GraphNode army = whole.node(ARMY).orElseThrow();
        assertEquals("Organization", army.type());
        assertEquals(null, army.attributes().get("wikidata"), "not linked");
        assertTrue(whole.ended);
    }

    @Test
    void threatsOfAnyModalityButNegatedAreCountedWithDatesAndArticles() {
        GraphEdge threat = single(FREEDONIA, "threatened", SYLVANIA);
        assertEquals(2L, threat.attributes().get("count"), "the conditional and the asserted threat");
        assertEquals(2.0, threat.weight());
        assertEquals("2031-03-03", threat.attributes().get("firstDate"));
        assertEquals("2031-03-08", threat.attributes().get("lastDate"));
        Set<String> articles = Set.of(((String) threat.attributes().get("articles")).split(" "));
        assertEquals(Set.of(ARTICLE + "a1", ARTICLE + "a2"), articles);
        assertEquals(List.of(), whole.edges(SYLVANIA, "threatened", FREEDONIA), "the negated threat is no edge");
    }

    @Test
    void armsGoToTheRecipientAndMeetingsBothWays() {
        single(SYLVANIA, "armed", ARMY);
        single(RUIZ, "metWith", SYLVANIA);
        single(SYLVANIA, "metWith", RUIZ);
    }

    @Test
    void statementsMakeQuotedAboutEdges() {
        GraphEdge quoted = single(RUIZ, "quotedAbout", SYLVANIA);
        assertEquals(1L, quoted.attributes().get("count"));
        assertEquals(ARTICLE + "a1", quoted.attributes().get("articles"));
        single(FREEDONIA, "quotedAbout", ARMY);
        assertEquals(6, whole.edges.size(), whole.edges.toString());
    }

    @Test
    void neighbourhoodHasTheActorItsEdgesAndNeighboursOnly() throws Exception {
        RecordingWriter around = new RecordingWriter();
        ActorNetwork.around(new StoreSelect(store.dataset()), ARMY, 10).writeTo(around);
        assertEquals(Set.of(ARMY, SYLVANIA, FREEDONIA), around.nodes.stream().map(GraphNode::id).collect(Collectors.toSet()));
        assertEquals(2, around.edges.size());
    }

    @Test
    void strongestKeepsTheBestSupportedEdges() throws Exception {
        RecordingWriter strongest = new RecordingWriter();
        ActorNetwork.strongest(new StoreSelect(store.dataset()), 1).writeTo(strongest);
        assertEquals(1, strongest.edges.size());
        assertEquals("threatened", strongest.edges.get(0).label());
        assertEquals(2, strongest.nodes.size());
    }

    @Test
    void refusesAFocusThatWouldBreakTheQuery() {
        assertThrows(IllegalArgumentException.class,
                () -> ActorNetwork.around(new StoreSelect(store.dataset()), "x> } DROP ALL { <y", 5));
    }

    private static GraphEdge single(String source, String relation, String target) {
        List<GraphEdge> found = whole.edges(source, relation, target);
        assertEquals(1, found.size(), source + " " + relation + " " + target + " in " + whole.edges);
        return found.get(0);
    }
}
