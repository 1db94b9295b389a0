package org.newsgraph.store.consolidate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.lexicon.PositionNormalizer;
import org.newsgraph.model.ActorIds;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * One identity per actor across articles, made after each build:
 * <ul>
 *   <li>one {@code rdfs:label}: where the articles name one actor IRI differently ("Dmitry Peskov",
 *       "Dimitry Peskov"), every article graph gets the form most articles use (ties: the fullest,
 *       then the longest) as its label and keeps its own as {@code skos:altLabel};</li>
 *   <li>positions one can group by: each title as written ({@code ng:position}, kept as provenance) is
 *       read as a role in one wording ({@link PositionNormalizer}) for the state the person represents
 *       in that article, and stored as an {@code ng:Position} in its own graph, {@link #GRAPH}.</li>
 * </ul>
 * Rebuilt from the article graphs each time, so it follows re-ingested articles.
 */
public final class ActorIdentities {
    /** The named graph holding the positions. */
    public static final String GRAPH = NG.ID + "graph/actor-identities";
    private static final String STORE_GRAPHS = NG.ID + "graph/";

    /** What a refresh did. */
    public record Result(int actorsRelabelled, int positions) {
    }

    private ActorIdentities() {
    }

    public static Result refresh(GraphStore store, PositionNormalizer positions) {
        int relabelled = unifyLabels(store);
        Graph graph = positionGraph(store, positions);
        store.replaceArticle(GRAPH, graph);
        return new Result(relabelled, graph.find(Node.ANY, RDF.type.asNode(), NG.Position.asNode()).toList().size());
    }

    private static int unifyLabels(GraphStore store) {
        record Use(Node graph, Node actor, Node label) {
        }
        Map<Node, List<Use>> byActor = new LinkedHashMap<>();
        for (QuerySolution row : store.select("""
                PREFIX ng: <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?g ?a ?label WHERE { GRAPH ?g { ?a a ng:Actor ; rdfs:label ?label } FILTER(!STRSTARTS(STR(?g), "%s")) }
                """.formatted(NG.NS, STORE_GRAPHS))) {
            Use use = new Use(row.get("g").asNode(), row.get("a").asNode(), row.get("label").asNode());
            byActor.computeIfAbsent(use.actor(), k -> new ArrayList<>()).add(use);
        }
        List<Quad> remove = new ArrayList<>();
        List<Quad> add = new ArrayList<>();
        int relabelled = 0;
        for (List<Use> uses : byActor.values()) {
            Map<Node, Set<Node>> graphsByLabel = new HashMap<>();
            uses.forEach(u -> graphsByLabel.computeIfAbsent(u.label(), k -> new HashSet<>()).add(u.graph()));
            if (graphsByLabel.size() < 2) continue;
            // a name in capitals is a heading's typography ("HUNTER BIDEN CASE:"), never the form to show
            Node chosen = graphsByLabel.keySet().stream().max(Comparator
                    .comparing((Node l) -> !isAllCapitals(l.getLiteralLexicalForm()))
                    .thenComparingInt(l -> graphsByLabel.get(l).size())
                    .thenComparingInt(l -> l.getLiteralLexicalForm().split("\\s+").length)
                    .thenComparingInt(l -> l.getLiteralLexicalForm().length())
                    .thenComparing(Node::getLiteralLexicalForm, Comparator.reverseOrder())).orElseThrow();
            relabelled++;
            for (Use u : uses) {
                if (u.label().equals(chosen)) continue;
                remove.add(Quad.create(u.graph(), u.actor(), RDFS.label.asNode(), u.label()));
                remove.add(Quad.create(u.graph(), u.actor(), SKOS.altLabel.asNode(), chosen));
                add.add(Quad.create(u.graph(), u.actor(), RDFS.label.asNode(), chosen));
                add.add(Quad.create(u.graph(), u.actor(), SKOS.altLabel.asNode(), u.label()));
            }
        }
        if (!remove.isEmpty()) store.changeQuads(remove, add);
        return relabelled;
    }

    /** Whether every letter of the label is a capital ("BIDEN"); an acronym is one too, but it has no other form to lose to. */
    private static boolean isAllCapitals(String label) {
        return label.chars().anyMatch(Character::isLetter) && label.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static Graph positionGraph(GraphStore store, PositionNormalizer positions) {
        Graph graph = GraphFactory.createDefaultGraph();
        Map<Node, Optional<String>> stateNames = new HashMap<>();
        for (QuerySolution row : store.select("""
                PREFIX ng: <%s>
                SELECT DISTINCT ?a ?written ?state WHERE {
                  GRAPH ?g { ?a a ng:Person ; ng:position ?written . OPTIONAL { ?a ng:represents ?state } }
                  FILTER(!STRSTARTS(STR(?g), "%s"))
                }""".formatted(NG.NS, STORE_GRAPHS))) {
            Optional<String> role = positions.role(row.getLiteral("written").getString());
            if (role.isEmpty()) continue;
            Node state = row.contains("state") ? row.get("state").asNode() : null;
            Node position = NodeFactory.createURI(NG.ID + "position/" + ActorIds.slug(role.get())
                    + (state == null ? "" : "-" + localName(state)));
            graph.add(row.get("a").asNode(), NG.heldPosition.asNode(), position);
            graph.add(position, RDF.type.asNode(), NG.Position.asNode());
            graph.add(position, NG.role.asNode(), NodeFactory.createLiteralString(role.get()));
            String stateName = state == null ? null
                    : stateNames.computeIfAbsent(state, s -> Optional.ofNullable(stateLabel(store, s))).orElse(null);
            graph.add(position, RDFS.label.asNode(), NodeFactory.createLiteralString(
                    stateName == null ? role.get() : role.get() + " (" + stateName + ")"));
            if (state != null) graph.add(position, NG.positionOf.asNode(), state);
        }
        return graph;
    }

    private static String localName(Node iri) {
        String uri = iri.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static String stateLabel(GraphStore store, Node state) {
        List<QuerySolution> rows = store.select("SELECT ?l WHERE { <" + state.getURI()
                + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1");
        return rows.isEmpty() ? null : rows.get(0).getLiteral("l").getString();
    }
}
