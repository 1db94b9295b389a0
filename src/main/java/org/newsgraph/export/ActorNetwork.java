package org.newsgraph.export;

import org.newsgraph.store.consolidate.DerivedEdgesQuery;
import org.newsgraph.store.ClasspathText;
import org.newsgraph.store.IriText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The actor network: nodes are actors (label, type, Wikidata id, number of articles that mention
 * them), edges the derived actor relations (relation, number of supporting events and statements,
 * first and last date, the articles).
 * <p>
 * The whole network is streamed: all nodes, then all edges, each straight from its query. A
 * selection (the neighbourhood of one actor, or the strongest edges) reads its edges first, which
 * a selection keeps small, and then only the actors they touch.
 */
public final class ActorNetwork implements GraphSource {
    public static final GraphSchema SCHEMA = new GraphSchema("newsgraph actor network",
            List.of(new AttributeSpec("wikidata", AttributeType.STRING),
                    new AttributeSpec("articles", AttributeType.INTEGER)),
            List.of(new AttributeSpec("count", AttributeType.INTEGER),
                    new AttributeSpec("firstDate", AttributeType.STRING),
                    new AttributeSpec("lastDate", AttributeType.STRING),
                    new AttributeSpec("articles", AttributeType.STRING)));
    private final StoreSelect store;
    private final Optional<NetworkQueries> given;
    private final Optional<String> focus;
    private final OptionalInt limit;

    private ActorNetwork(StoreSelect store, Optional<NetworkQueries> given, Optional<String> focus, OptionalInt limit) {
        this.store = store;
        this.given = given;
        this.focus = focus.map(IriText::checked);
        this.limit = limit;
    }

    /** The whole network. */
    public static ActorNetwork whole(StoreSelect store) {
        return new ActorNetwork(store, Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /** The actor {@code actorIri}, its edges and its neighbours. */
    public static ActorNetwork around(StoreSelect store, String actorIri, int maxEdges) {
        return new ActorNetwork(store, Optional.empty(), Optional.of(actorIri), OptionalInt.of(maxEdges));
    }

    /** The {@code maxEdges} edges with the most support, and their actors. */
    public static ActorNetwork strongest(StoreSelect store, int maxEdges) {
        return new ActorNetwork(store, Optional.empty(), Optional.empty(), OptionalInt.of(maxEdges));
    }

    /** The same selection computed from the article graphs even where the store keeps a summary. */
    ActorNetwork computedFromArticles() {
        return new ActorNetwork(store, Optional.of(NetworkQueries.computed()), focus, limit);
    }

    @Override
    public void writeTo(GraphWriter writer) throws IOException {
        writer.begin(SCHEMA);
        // One read transaction: nodes and edges come from the same state of the store.
        store.read(() -> {
            NetworkQueries queries = given.isPresent() ? given.get() : NetworkQueries.of(store);
            if (focus.isEmpty() && limit.isEmpty()) {
                writeWhole(queries, writer);
            } else {
                writeSelection(queries, writer);
            }
        });
        writer.end();
    }

    private void writeWhole(NetworkQueries queries, GraphWriter writer) throws IOException {
        Set<String> written = new HashSet<>();
        store.select(queries.nodes(), row -> {
            GraphNode node = node(row);
            written.add(node.id());
            writer.node(node);
        });
        store.select(queries.edges(Optional.empty(), OptionalInt.empty()), row -> {
            GraphEdge edge = edge(row);
            // An end that is no typed actor would have no node; edges must join nodes.
            if (written.contains(edge.source()) && written.contains(edge.target())) {
                writer.edge(edge);
            }
        });
    }

    private void writeSelection(NetworkQueries queries, GraphWriter writer) throws IOException {
        List<GraphEdge> selected = new ArrayList<>();
        store.select(queries.edges(focus, limit), row -> selected.add(edge(row)));
        Set<String> actors = new LinkedHashSet<>();
        focus.ifPresent(actors::add);
        selected.forEach(edge -> {
            actors.add(edge.source());
            actors.add(edge.target());
        });
        Set<String> written = new HashSet<>();
        store.select(nodesQuery(queries.nodes(), actors), row -> {
            GraphNode node = node(row);
            written.add(node.id());
            writer.node(node);
        });
        for (GraphEdge edge : selected) {
            if (written.contains(edge.source()) && written.contains(edge.target())) {
                writer.edge(edge);
            }
        }
    }

    private static Query nodesQuery(Query query, Set<String> actors) {
        Var actor = Var.alloc("actor");
        ElementData values = new ElementData();
        values.add(actor);
        for (String iri : actors) {
            Binding binding = BindingFactory.binding(actor, NodeFactory.createURI(iri));
            values.add(binding);
        }
        ((ElementGroup) query.getQueryPattern()).getElements().add(0, values);
        return query;
    }

    private static GraphNode node(QuerySolution row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        RDFNode wikidata = row.get("wikidata");
        if (wikidata != null) {
            attributes.put("wikidata", Terms.localName(Terms.text(wikidata)));
        }
        long articles = row.getLiteral("articles").getLong();
        attributes.put("articles", articles);
        RDFNode label = row.get("label");
        return new GraphNode(Terms.text(row.get("actor")), label == null ? null : Terms.text(label),
                Terms.localName(Terms.text(row.get("type"))), Math.max(1, articles), attributes);
    }

    private static GraphEdge edge(QuerySolution row) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        long count = row.getLiteral("count").getLong();
        attributes.put("count", count);
        putText(attributes, "firstDate", row.get("firstDate"));
        putText(attributes, "lastDate", row.get("lastDate"));
        putText(attributes, "articles", row.get("articles"));
        return new GraphEdge(Terms.text(row.get("source")), Terms.text(row.get("target")),
                Terms.localName(Terms.text(row.get("relation"))), count, attributes);
    }

    private static void putText(Map<String, Object> attributes, String name, RDFNode value) {
        if (value != null && !Terms.text(value).isEmpty()) {
            attributes.put(name, Terms.text(value));
        }
    }
}
