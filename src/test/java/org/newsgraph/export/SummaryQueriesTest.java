package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.consolidate.NetworkSummary;

/**
 * The canned queries that read the network summary give what the fixture's two articles say, and
 * the summary's rank within each kind of relation orders the relations of that kind.
 */
class SummaryQueriesTest {
    @TempDir
    Path dir;

    @Test
    void relationsAreRankedWithinTheirKindStrongestFirst() {
        try (GraphStore store = summarized()) {
            List<QuerySolution> rows = store.select("""
                    PREFIX ng: <%s>
                    SELECT ?relation ?rank ?count ?global WHERE { GRAPH <%s> {
                      ?r ng:relation ?relation ; ng:relationRank ?rank ; ng:supportCount ?count ; ng:supportRank ?global } }
                    ORDER BY ?relation ?rank
                    """.formatted(NG.NS, NetworkSummary.GRAPH));
            Map<String, List<QuerySolution>> byKind = rows.stream()
                    .collect(Collectors.groupingBy(row -> row.getResource("relation").getURI()));
            assertEquals(2, byKind.get(NG.NS + "quotedAbout").size());
            for (List<QuerySolution> kind : byKind.values()) {
                List<Integer> ranks = kind.stream().map(row -> row.getLiteral("rank").getInt()).toList();
                assertEquals(java.util.stream.IntStream.rangeClosed(1, kind.size()).boxed().toList(), ranks);
                List<Integer> global = kind.stream().map(row -> row.getLiteral("global").getInt()).toList();
                assertEquals(global.stream().sorted().toList(), global, "the same order as ng:supportRank");
                List<Integer> counts = kind.stream().map(row -> row.getLiteral("count").getInt()).toList();
                assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts);
            }
        }
    }

    @Test
    void whoSpeaksAboutWhomListsTheQuotedPairs() throws Exception {
        try (GraphStore store = summarized()) {
            // every pair of the fixture has one statement: lower the query's threshold of two
            String query = Files.readString(Path.of("queries/who-speaks-about-whom.rq"))
                    .replace("FILTER (?statements >= 2)", "FILTER (?statements >= 1)");
            List<String> pairs = store.select(query).stream()
                    .map(row -> row.getLiteral("speaker").getString() + " -> " + row.getLiteral("about").getString()
                            + " " + row.getLiteral("statements").getInt())
                    .toList();
            assertEquals(List.of("Ana Ruiz -> Sylvania 1", "Freedonia -> Sylvanian \"river\" army 1"), pairs);
        }
    }

    @Test
    void organizationsAndTheirStatesGivesTheArmyOfSylvania() throws Exception {
        try (GraphStore store = summarized()) {
            List<QuerySolution> rows = store.select(Files.readString(Path.of("queries/organizations-and-their-states.rq")));
            assertEquals(1, rows.size());
            assertEquals("Sylvanian \"river\" army", rows.get(0).getLiteral("organization").getString());
            assertEquals("Sylvania", rows.get(0).getLiteral("state").getString());
            assertEquals(1, rows.get(0).getLiteral("articles").getInt());
        }
    }

    @Test
    void theTimelineHasEveryEventAndStatementBetweenTheTwoSidesOldestFirst() throws Exception {
        try (GraphStore store = summarized()) {
            String query = Files.readString(Path.of("queries/timeline-between-states.rq"))
                    .replace("(\"Russia\" \"Ukraine\")", "(\"Freedonia\" \"Sylvania\")");
            List<String> rows = store.select(query).stream()
                    .map(row -> (row.contains("date") ? row.getLiteral("date").getLexicalForm() : "-") + " "
                            + row.getLiteral("kind").getString() + " " + row.getLiteral("actorLabel").getString()
                            + " -> " + row.getLiteral("otherLabel").getString()
                            + (row.contains("modality") ? " " + row.getLiteral("modality").getString() : ""))
                    .toList();
            // Sylvania arming its own army is within one side: not between the states
            assertEquals(List.of(
                    "- event Sylvania -> Freedonia Negated",
                    "2031-03-03 event Freedonia -> Sylvania Conditional",
                    "2031-03-03 statement Ana Ruiz -> Sylvania",
                    "2031-03-08 event Freedonia -> Sylvania Asserted",
                    "2031-03-09 event Ana Ruiz -> Sylvania Asserted",
                    "2031-03-09 statement Freedonia -> Sylvanian \"river\" army"), rows);
        }
    }

    @Test
    void theTimelineListsOnlyTheAgentsOnTheTwoStatesSides() throws Exception {
        try (GraphStore store = NetworkFixture.open(dir.resolve("db"))) {
            // a meeting of Freedonia and Genovia with Sylvania: paired with both states' pairs
            store.replaceArticle(NetworkFixture.NS + "article/a3", RDFParser.fromString("""
                    @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                    @prefix id: <https://w3id.org/newsgraph/id/> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                    id:Q9003 a ng:Actor , ng:State ; rdfs:label "Genovia" .
                    id:Q9001 a ng:Actor , ng:State ; rdfs:label "Freedonia" .
                    id:Q9002 a ng:Actor , ng:State ; rdfs:label "Sylvania" .
                    <https://w3id.org/newsgraph/id/event/e6> a ng:Event ; ng:eventType <https://w3id.org/newsgraph/cameo/042> ;
                        ng:agent id:Q9001 , id:Q9003 ; ng:target id:Q9002 ; ng:modality ng:Asserted ;
                        ng:date "2031-03-10"^^xsd:date .
                    """, Lang.TURTLE).toGraph());
            NetworkSummary.refresh(store);
            String query = Files.readString(Path.of("queries/timeline-between-states.rq"));

            assertEquals(List.of("Freedonia -> Sylvania"), timeline(store, query, "Freedonia", "Sylvania", "2031-03-10"));
            assertEquals(List.of("Genovia -> Sylvania"), timeline(store, query, "Genovia", "Sylvania", "2031-03-10"));
        }
    }

    private static List<String> timeline(GraphStore store, String query, String stateA, String stateB, String date) {
        return store.select(query.replace("(\"Russia\" \"Ukraine\")", "(\"" + stateA + "\" \"" + stateB + "\")")).stream()
                .filter(row -> row.contains("date") && row.getLiteral("date").getLexicalForm().equals(date))
                .map(row -> row.getLiteral("actorLabel").getString() + " -> " + row.getLiteral("otherLabel").getString())
                .toList();
    }

    @Test
    void theEventQueriesNameTheActorsFromTheSummary() throws Exception {
        try (GraphStore store = summarized()) {
            assertEquals(List.of("Freedonia -> Sylvania", "Freedonia -> Sylvania"),
                    pairs(store, "who-threatened-whom.rq", "sourceLabel", "targetLabel"), "the negated threat is left out");
            assertEquals(List.of("Sylvania -> Sylvanian \"river\" army"),
                    pairs(store, "arms-suppliers.rq", "sourceLabel", "targetLabel"));
            assertEquals(List.of("Freedonia -> Sylvania"), pairs(store, "conditional-threats.rq", "agents", "targets"),
                    "e2 has no sentence, which the query requires");
        }
    }

    private static List<String> pairs(GraphStore store, String file, String source, String target) throws Exception {
        return store.select(Files.readString(Path.of("queries", file))).stream()
                .map(row -> row.getLiteral(source).getString() + " -> " + row.getLiteral(target).getString())
                .toList();
    }

    private GraphStore summarized() {
        GraphStore store = NetworkFixture.open(dir.resolve("db"));
        NetworkSummary.refresh(store);
        return store;
    }
}
