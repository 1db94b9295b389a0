package org.newsgraph.store.relink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.link.wikidata.WikidataLink;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * Gives newly linked actors of an article graph their linked IRI (…/id/Q&lt;n&gt;), as a build with
 * the link would have: every triple about or pointing at the old node now uses the new one, the
 * Wikidata label becomes the rdfs:label (the article's names stay as skos:altLabel), and owl:sameAs
 * and the link's ng:confidence are added. When the item is already an actor of the graph, the two
 * become one node and the existing one keeps its label and confidence.
 */
final class ActorNodeRewrite {
    private static final double CERTAIN = 1.0;

    private ActorNodeRewrite() {
    }

    /** @param links old node → its link */
    static Graph apply(Graph graph, Map<Node, WikidataLink> links) {
        Map<Node, Node> newNodes = new HashMap<>();
        links.forEach((old, link) -> newNodes.put(old, NodeFactory.createURI(Iris.actor(link.id()))));
        Set<Node> existing = new HashSet<>();
        newNodes.values().stream().filter(n -> graph.contains(n, Node.ANY, Node.ANY)).forEach(existing::add);

        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> {
            Node subject = t.getSubject();
            Node predicate = t.getPredicate();
            Node newSubject = newNodes.getOrDefault(subject, subject);
            Node newObject = newNodes.getOrDefault(t.getObject(), t.getObject());
            if (newNodes.containsKey(subject) && predicate.equals(RDFS.label.asNode())) {
                predicate = NG.Skos.altLabel.asNode();
            }
            if (newNodes.containsKey(subject) && predicate.equals(NG.confidence.asNode())) return;
            out.add(Triple.create(newSubject, predicate, newObject));
        });
        links.forEach((old, link) -> {
            Node node = newNodes.get(old);
            out.add(Triple.create(node, OWL.sameAs.asNode(), NG.wikidata(link.id()).asNode()));
            if (existing.contains(node)) return;
            if (!out.contains(node, RDFS.label.asNode(), Node.ANY)) {
                out.add(Triple.create(node, RDFS.label.asNode(), NodeFactory.createLiteralString(link.label())));
            }
            if (link.confidence() < CERTAIN && !out.contains(node, NG.confidence.asNode(), Node.ANY)) {
                out.add(Triple.create(node, NG.confidence.asNode(),
                        NodeFactory.createLiteralDT(Double.toString(link.confidence()), XSDDatatype.XSDdouble)));
            }
        });
        removeAltLabelsEqualToLabel(out, Set.copyOf(newNodes.values()));
        return out;
    }

    private static void removeAltLabelsEqualToLabel(Graph graph, Set<Node> nodes) {
        for (Node node : nodes) {
            List<Node> labels = graph.find(node, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            for (Node label : labels) graph.delete(Triple.create(node, NG.Skos.altLabel.asNode(), label));
        }
    }
}
