package org.newsgraph.store.consolidate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ClasspathText;
import org.newsgraph.store.GraphStore;

/**
 * The network summary, kept at build time so that whole-graph questions read one small graph:
 * every actor described once (its label, type and Wikidata link as the network shows them, its other
 * names as aliases, the states it represents or is part of, and how many articles mention it, how
 * many statements it made, how many events it led) and every derived
 * relation with its support (how many events and statements, first and last date, the articles),
 * and every event and statement between two states with the ordered pair of states it goes between.
 * <p>
 * Each article graph repeats the actors it mentions, so "the actors by number of statements" or "the
 * strongest edges" computed at query time scan every article graph of the store: seconds on a few
 * thousand articles. The numbers here are the same ones those queries give, computed once per build
 * from the union of all graphs; the graph is replaced as a whole, so it follows re-ingested and
 * deleted articles exactly.
 */
public final class NetworkSummary {
    /** The named graph holding the summary. */
    public static final String GRAPH = NG.ID + "graph/network-summary";
    /** The query giving each actor's label, type, Wikidata id and number of articles. */
    public static final String ACTORS_QUERY = "store/network-actors.rq";
    private static final String RELATIONS = NG.ID + "relation/";
    private static final String STATE_PAIRS = NG.ID + "state-pair/";
    // What ties an actor to others and names it otherwise, as every article graph says it.
    private static final String TIES = """
            PREFIX ng: <%s>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?actor ?property ?value WHERE {
              VALUES ?property { ng:represents ng:partOf rdfs:label skos:altLabel }
              ?actor ?property ?value ; a ng:Actor .
            }
            """.formatted(NG.NS);
    // The two sides of every event and statement, as timeline-between-states.rq pairs them.
    private static final String SIDES = """
            PREFIX ng: <%s>
            SELECT DISTINCT ?item ?actor ?other WHERE {
              { ?item ng:agent ?actor ; ng:target|ng:recipient ?other ; a ng:Event }
              UNION
              { ?item ng:speaker ?actor ; ng:about ?other ; a ng:Statement }
            }
            """.formatted(NG.NS);
    private static final String STATES = """
            PREFIX ng: <%s>
            SELECT DISTINCT ?state WHERE { ?state a ng:State }
            """.formatted(NG.NS);
    private static final String COUNTS = """
            PREFIX ng: <%s>
            SELECT ?actor (COUNT(DISTINCT ?item) AS ?count) WHERE { ?item %s ?actor ; a %s } GROUP BY ?actor
            """;

    /** What a refresh wrote: actors described, relations summarized, pairs of states with their items. */
    public record Result(int actors, int relations, int statePairs) {
    }

    private NetworkSummary() {
    }

    /** Whether {@code data} holds a network summary (a store built before ontology 0.2.4 has none). */
    public static boolean presentIn(DatasetGraph data) {
        return Txn.calculateRead(data, () -> data.contains(NodeFactory.createURI(GRAPH), Node.ANY, Node.ANY, Node.ANY));
    }

    /** Replaces the summary by one computed from the store as it is now. */
    public static Result refresh(GraphStore store) {
        Graph graph = GraphFactory.createDefaultGraph();
        int actors = describeActors(store, graph);
        int relations = summarizeRelations(store, graph);
        int statePairs = pairStates(store, graph);
        store.replaceArticle(GRAPH, graph);
        return new Result(actors, relations, statePairs);
    }

    private static int describeActors(GraphStore store, Graph graph) {
        Map<Node, Long> statements = counts(store, "ng:speaker", "ng:Statement");
        Map<Node, Long> events = counts(store, "ng:agent", "ng:Event");
        List<QuerySolution> rows = store.select(ClasspathText.read(ACTORS_QUERY));
        for (QuerySolution row : rows) {
            Node actor = row.get("actor").asNode();
            graph.add(actor, RDF.type.asNode(), row.get("type").asNode());
            addIfBound(graph, actor, RDFS.label.asNode(), row.get("label"));
            addIfBound(graph, actor, OWL.sameAs.asNode(), row.get("wikidata"));
            graph.add(actor, NG.articleCount.asNode(), integer(row.getLiteral("articles").getLong()));
            graph.add(actor, NG.statementCount.asNode(), integer(statements.getOrDefault(actor, 0L)));
            graph.add(actor, NG.eventCount.asNode(), integer(events.getOrDefault(actor, 0L)));
        }
        addArticleRanks(rows, graph);
        addTies(store, graph);
        return rows.size();
    }

    // Within each type, most articles first, then by IRI: "the 200 most mentioned people" is a
    // filter on the rank, not a sort of every person at query time.
    private static void addArticleRanks(List<QuerySolution> rows, Graph graph) {
        Map<Node, List<QuerySolution>> byType = new HashMap<>();
        rows.forEach(row -> byType.computeIfAbsent(row.get("type").asNode(), t -> new ArrayList<>()).add(row));
        Comparator<QuerySolution> mostMentionedFirst = Comparator
                .comparingLong((QuerySolution row) -> row.getLiteral("articles").getLong()).reversed()
                .thenComparing(row -> row.get("actor").asNode().getURI());
        for (List<QuerySolution> ofType : byType.values()) {
            ofType.sort(mostMentionedFirst);
            for (int i = 0; i < ofType.size(); i++) {
                graph.add(ofType.get(i).get("actor").asNode(), NG.articleRank.asNode(), integer(i + 1));
            }
        }
    }

    // Every other name an actor is given becomes an alias; a described actor's ties come along.
    private static void addTies(GraphStore store, Graph graph) {
        Node altLabel = SKOS.altLabel.asNode();
        for (QuerySolution row : store.select(TIES)) {
            Node actor = row.get("actor").asNode();
            if (!graph.contains(actor, NG.articleCount.asNode(), Node.ANY)) {
                continue;
            }
            Node property = row.get("property").asNode();
            Node value = row.get("value").asNode();
            boolean name = property.equals(RDFS.label.asNode()) || property.equals(altLabel);
            if (!name) {
                graph.add(actor, property, value);
            } else if (!graph.contains(actor, RDFS.label.asNode(), value)) {
                graph.add(actor, altLabel, value);
            }
        }
    }

    /**
     * Ties each event and statement whose sides count as two different states to the ordered pair
     * (acting side's state, other side's state), so that "everything between Russia and Ukraine"
     * reads the items of two pairs instead of every act of every person and body of both states.
     * A side counts as a state when it is that state or, by the ties written above, represents it or
     * is part of it; reading the ties from this graph keeps the pairs consistent with a query that
     * checks them here.
     */
    private static int pairStates(GraphStore store, Graph graph) {
        Set<Node> states = store.select(STATES).stream().map(row -> row.get("state").asNode())
                .collect(Collectors.toSet());
        Map<Node, Set<Node>> sides = new HashMap<>();
        Map<List<Node>, Node> pairs = new HashMap<>();
        for (QuerySolution row : store.select(SIDES)) {
            Node item = row.get("item").asNode();
            Set<Node> actorStates = sides.computeIfAbsent(row.get("actor").asNode(), a -> statesOf(a, states, graph));
            Set<Node> otherStates = sides.computeIfAbsent(row.get("other").asNode(), o -> statesOf(o, states, graph));
            for (Node actorState : actorStates) {
                for (Node otherState : otherStates) {
                    if (!actorState.equals(otherState)) {
                        Node pair = pairs.computeIfAbsent(List.of(actorState, otherState), p -> statePair(graph, p));
                        graph.add(item, NG.statePair.asNode(), pair);
                    }
                }
            }
        }
        return pairs.size();
    }

    private static Set<Node> statesOf(Node actor, Set<Node> states, Graph graph) {
        Set<Node> result = new LinkedHashSet<>();
        if (states.contains(actor)) {
            result.add(actor);
        }
        for (Node tie : List.of(NG.represents.asNode(), NG.partOf.asNode())) {
            graph.find(actor, tie, Node.ANY).mapWith(Triple::getObject).filterKeep(states::contains)
                    .forEach(result::add);
        }
        return result;
    }

    private static Node statePair(Graph graph, List<Node> actorAndOther) {
        Node pair = NodeFactory.createURI(STATE_PAIRS + key(actorAndOther.get(0), actorAndOther.get(1)));
        graph.add(pair, RDF.type.asNode(), NG.StatePair.asNode());
        graph.add(pair, NG.actorState.asNode(), actorAndOther.get(0));
        graph.add(pair, NG.otherState.asNode(), actorAndOther.get(1));
        return pair;
    }

    private static Map<Node, Long> counts(GraphStore store, String role, String itemClass) {
        Map<Node, Long> counts = new HashMap<>();
        for (QuerySolution row : store.select(COUNTS.formatted(NG.NS, role, itemClass))) {
            counts.put(row.get("actor").asNode(), row.getLiteral("count").getLong());
        }
        return counts;
    }

    /** One derived relation with its support, as the derivation rules give it. */
    private record Relation(Node source, Node relation, Node target, long count, RDFNode firstDate,
                            RDFNode lastDate, RDFNode articles) {
        // The order of the "strongest edges": most support first, then by IRIs as SPARQL orders them.
        static final Comparator<Relation> STRONGEST_FIRST = Comparator.comparingLong(Relation::count).reversed()
                .thenComparing(r -> r.source().getURI())
                .thenComparing(r -> r.relation().getURI())
                .thenComparing(r -> r.target().getURI());
    }

    private static int summarizeRelations(GraphStore store, Graph graph) {
        String edges = DerivedEdgesQuery.shipped().select(Optional.empty(), OptionalInt.empty()).toString();
        List<Relation> relations = new ArrayList<>();
        for (QuerySolution row : store.select(edges)) {
            relations.add(new Relation(row.get("source").asNode(), row.get("relation").asNode(),
                    row.get("target").asNode(), row.getLiteral("count").getLong(), row.get("firstDate"),
                    row.get("lastDate"), row.get("articles")));
        }
        relations.sort(Relation.STRONGEST_FIRST);
        int rank = 0;
        // "The 300 pairs most often quoted about each other" is a filter on this rank, not a sort
        // of every relation of that kind.
        Map<Node, Integer> rankInKind = new HashMap<>();
        for (Relation r : relations) {
            Node summary = NodeFactory.createURI(RELATIONS + key(r.source(), r.relation(), r.target()));
            graph.add(summary, RDF.type.asNode(), NG.RelationSummary.asNode());
            graph.add(summary, NG.relationSource.asNode(), r.source());
            graph.add(summary, NG.relation.asNode(), r.relation());
            graph.add(summary, NG.relationTarget.asNode(), r.target());
            graph.add(summary, NG.supportCount.asNode(), integer(r.count()));
            graph.add(summary, NG.supportRank.asNode(), integer(++rank));
            graph.add(summary, NG.relationRank.asNode(), integer(rankInKind.merge(r.relation(), 1, Integer::sum)));
            addIfBound(graph, summary, NG.firstDate.asNode(), r.firstDate());
            addIfBound(graph, summary, NG.lastDate.asNode(), r.lastDate());
            if (r.articles() != null) {
                for (String article : r.articles().asLiteral().getLexicalForm().split(" ")) {
                    if (!article.isBlank()) {
                        graph.add(summary, NG.supportingArticle.asNode(), NodeFactory.createURI(article));
                    }
                }
            }
        }
        return relations.size();
    }

    private static void addIfBound(Graph graph, Node subject, Node predicate, RDFNode value) {
        if (value != null) {
            graph.add(subject, predicate, value.asNode());
        }
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    // The same edge (or pair of states) gets the same IRI in every build, so links to it stay valid.
    private static String key(Node... nodes) {
        String text = Arrays.stream(nodes).map(Node::getURI).collect(Collectors.joining(" "));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
