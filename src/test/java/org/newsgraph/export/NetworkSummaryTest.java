package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.newsgraph.export.NetworkFixture.ARMY;
import static org.newsgraph.export.NetworkFixture.FREEDONIA;
import static org.newsgraph.export.NetworkFixture.NS;
import static org.newsgraph.export.NetworkFixture.RUIZ;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;

/**
 * The network summary kept at build time gives exactly the network the article graphs give when
 * computed at query time, and follows the store when an article goes.
 */
class NetworkSummaryTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryGivesTheNetworkComputedFromTheArticles() throws Exception {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            StoreSelect select = new StoreSelect(store.dataset());
            List<ActorNetwork> selections = List.of(ActorNetwork.whole(select), ActorNetwork.strongest(select, 2),
                    ActorNetwork.around(select, ARMY, 10), ActorNetwork.around(select, RUIZ, 1));
            List<RecordingWriter> computed = write(selections);

            NetworkSummary.Result result = NetworkSummary.refresh(store);

            assertEquals(4, result.actors());
            assertEquals(6, result.relations());
            assertInstanceOf(SummaryNetworkQueries.class, NetworkQueries.of(select));
            List<RecordingWriter> summarized = write(selections);
            for (int i = 0; i < selections.size(); i++) {
                assertEquals(comparable(computed.get(i)), comparable(summarized.get(i)), "selection " + i);
            }
        }
    }

    @Test
    void actorsAreCountedOnceAcrossArticlesAndFollowADeletedArticle() {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            NetworkSummary.refresh(store);
            assertEquals(Map.of("articles", 2L), counts(store, FREEDONIA, "articles"));
            assertEquals(List.of(2L), supportCounts(store, FREEDONIA, "threatened"));

            store.replaceArticle(NS + "article/a2", GraphFactory.createDefaultGraph());
            NetworkSummary.refresh(store);

            assertEquals(Map.of("articles", 1L), counts(store, FREEDONIA, "articles"));
            assertEquals(List.of(1L), supportCounts(store, FREEDONIA, "threatened"), "the conditional threat of a1 left");
        }
    }

    @Test
    void actorsAreRankedWithinTheirTypeByTheArticlesThatMentionThem() {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            NetworkSummary.refresh(store);
            List<QuerySolution> states = store.select("""
                    PREFIX ng: <%s>
                    SELECT ?s ?rank ?articles WHERE { GRAPH <%s> { ?s a ng:State ; ng:articleRank ?rank ; ng:articleCount ?articles } }
                    ORDER BY ?rank
                    """.formatted(NG.NS, NetworkSummary.GRAPH));
            assertEquals(FREEDONIA, states.get(0).getResource("s").getURI(), "in both articles");
            List<Integer> ranks = states.stream().map(row -> row.getLiteral("rank").getInt()).toList();
            assertEquals(java.util.stream.IntStream.rangeClosed(1, states.size()).boxed().toList(), ranks);
            List<Long> articles = states.stream().map(row -> row.getLiteral("articles").getLong()).toList();
            assertEquals(articles.stream().sorted(java.util.Comparator.reverseOrder()).toList(), articles);
        }
    }

    @Test
    void eventsAndStatementsArePairedWithTheStatesOfTheirSidesAndFollowADeletedArticle() {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            NetworkSummary.Result result = NetworkSummary.refresh(store);

            assertEquals(2, result.statePairs());
            // Ana Ruiz represents Freedonia, the army is part of Sylvania; Sylvania arming its own
            // army (e3) is within one state
            assertEquals(Map.of("Freedonia -> Sylvania", Set.of("e1", "e2", "e5", "s1", "s2"),
                    "Sylvania -> Freedonia", Set.of("e4")), statePairs(store));

            store.replaceArticle(NS + "article/a2", GraphFactory.createDefaultGraph());
            NetworkSummary.refresh(store);

            assertEquals(Map.of("Freedonia -> Sylvania", Set.of("e1", "s1")), statePairs(store));
        }
    }

    @Test
    void theActorRelationsQueryListsEveryRelationStrongestFirstWithItsNames() throws Exception {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            NetworkSummary.refresh(store);
            List<QuerySolution> rows = store.select(java.nio.file.Files.readString(Path.of("queries/actor-relations.rq")));
            assertEquals(6, rows.size());
            assertEquals("Freedonia", rows.get(0).getLiteral("sourceLabel").getString());
            assertEquals("threatened", rows.get(0).getLiteral("relationName").getString());
            assertEquals(2, rows.get(0).getLiteral("support").getInt());
            List<Integer> support = rows.stream().map(row -> row.getLiteral("support").getInt()).toList();
            assertEquals(support.stream().sorted(java.util.Comparator.reverseOrder()).toList(), support);
        }
    }

    private static Map<String, Long> counts(GraphStore store, String actor, String... names) {
        Map<String, Long> counts = new HashMap<>();
        List<QuerySolution> rows = store.select("""
                PREFIX ng: <%s>
                SELECT ?articles ?statements ?events WHERE { GRAPH <%s> {
                  <%s> ng:articleCount ?articles ; ng:statementCount ?statements ; ng:eventCount ?events } }
                """.formatted(NG.NS, NetworkSummary.GRAPH, actor));
        assertEquals(1, rows.size(), "one description of " + actor);
        for (String name : names) {
            counts.put(name, rows.get(0).getLiteral(name).getLong());
        }
        return counts;
    }

    // "actor state -> other state" to the local names of the items paired with them
    private static Map<String, Set<String>> statePairs(GraphStore store) {
        Map<String, Set<String>> pairs = new HashMap<>();
        store.select("""
                PREFIX ng: <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?actorState ?otherState ?item WHERE { GRAPH <%s> {
                  ?pair a ng:StatePair ; ng:actorState/rdfs:label ?actorState ; ng:otherState/rdfs:label ?otherState .
                  ?item ng:statePair ?pair } }
                """.formatted(NG.NS, NetworkSummary.GRAPH)).forEach(row -> pairs
                .computeIfAbsent(row.getLiteral("actorState").getString() + " -> " + row.getLiteral("otherState").getString(),
                        k -> new java.util.TreeSet<>())
                .add(row.getResource("item").getLocalName()));
        return pairs;
    }

    private static List<Long> supportCounts(GraphStore store, String source, String relation) {
        return store.select("""
                PREFIX ng: <%s>
                SELECT ?count WHERE { GRAPH <%s> {
                  ?r ng:relationSource <%s> ; ng:relation ng:%s ; ng:supportCount ?count } }
                """.formatted(NG.NS, NetworkSummary.GRAPH, source, relation))
                .stream().map(row -> row.getLiteral("count").getLong()).toList();
    }

    private static List<RecordingWriter> write(List<ActorNetwork> selections) throws Exception {
        List<RecordingWriter> writers = new java.util.ArrayList<>();
        for (ActorNetwork selection : selections) {
            RecordingWriter writer = new RecordingWriter();
            selection.writeTo(writer);
            writers.add(writer);
        }
        return writers;
    }

    // The articles of an edge are a set: their order in the text is the store's, not a meaning.
    private static List<Object> comparable(RecordingWriter writer) {
        List<Object> items = new java.util.ArrayList<>(writer.nodes);
        for (GraphEdge edge : writer.edges) {
            Map<String, Object> attributes = new HashMap<>(edge.attributes());
            attributes.computeIfPresent("articles", (key, text) -> Set.of(((String) text).split(" ")));
            items.add(new GraphEdge(edge.source(), edge.target(), edge.label(), edge.weight(), attributes));
        }
        return items;
    }
}
