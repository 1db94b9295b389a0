package org.newsgraph.store.relink;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.rdf.NG;

/** Reads actors and the article date back from one article graph, as linking needs them. */
final class GraphActors {
    private GraphActors() {
    }

    /** An actor of the graph: its node and the record linking reads. */
    record GraphActor(Node node, Actor actor) {
    }

    /** Actors with no owl:sameAs, in a stable order. */
    static List<GraphActor> unlinked(Graph graph) {
        List<GraphActor> result = new ArrayList<>();
        List<Node> nodes = graph.find(Node.ANY, RDF.type.asNode(), NG.Actor.asNode())
                .mapWith(Triple::getSubject).filterKeep(Node::isURI).toList();
        nodes.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node node : nodes) {
            if (graph.contains(node, OWL.sameAs.asNode(), Node.ANY)) continue;
            type(graph, node).ifPresent(type -> result.add(new GraphActor(node, actor(graph, node, type))));
        }
        return result;
    }

    /** The article's schema:datePublished, or null. */
    static LocalDate articleDate(Graph graph) {
        for (Node article : graph.find(Node.ANY, RDF.type.asNode(), NG.Article.asNode()).mapWith(Triple::getSubject).toList()) {
            Optional<String> date = literal(graph, article, NG.Schema.datePublished.asNode());
            if (date.isPresent()) {
                try {
                    return LocalDate.parse(date.get().substring(0, Math.min(10, date.get().length())));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Actor actor(Graph graph, Node node, ActorType type) {
        String label = literal(graph, node, RDFS.label.asNode()).orElse("");
        Set<String> names = new LinkedHashSet<>(literals(graph, node, NG.Skos.altLabel.asNode()));
        return new Actor(localId(node.getURI()), type, label, names, null,
                literal(graph, node, NG.position.asNode()).orElse(null),
                objectId(graph, node, NG.represents.asNode()), objectId(graph, node, NG.partOf.asNode()),
                objectId(graph, node, NG.memberOf.asNode()), 1.0, List.of());
    }

    private static Optional<ActorType> type(Graph graph, Node node) {
        for (ActorType type : ActorType.values()) {
            if (graph.contains(node, RDF.type.asNode(), NG.actorClass(type).asNode())) return Optional.of(type);
        }
        return Optional.empty();
    }

    /** "…/id/Q159" → "Q159"; other IRIs stay whole. */
    static String localId(String iri) {
        return iri.startsWith(NG.ID) ? iri.substring(NG.ID.length()) : iri;
    }

    private static String objectId(Graph graph, Node node, Node property) {
        return graph.find(node, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .nextOptional().map(o -> localId(o.getURI())).orElse(null);
    }

    private static Optional<String> literal(Graph graph, Node node, Node property) {
        List<String> values = literals(graph, node, property);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<String> literals(Graph graph, Node node, Node property) {
        List<String> values = graph.find(node, property, Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList();
        values.sort(null);
        return values;
    }
}
