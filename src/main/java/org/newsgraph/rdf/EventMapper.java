package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.newsgraph.model.Event;

/** Describes the events of an article, with their links to conditions and statements. */
final class EventMapper {
    private final TripleWriter out;
    private final ProvenanceMapper provenance;
    private final Node article;
    private final String sourceId;
    private final List<Node> statements;

    /**
     * @param statements the nodes of the extraction's statements, by index (see
     *                   {@link StatementMapper#mapAll})
     */
    EventMapper(TripleWriter out, Node article, String sourceId, List<Node> statements) {
        this.out = out;
        this.provenance = new ProvenanceMapper(out);
        this.article = article;
        this.sourceId = sourceId;
        this.statements = statements;
    }

    /**
     * Writes every event. Events with the same IRI (same type, participants and sentence) are one
     * event: the first one is described, so it keeps exactly one modality.
     */
    void mapAll(List<Event> events) {
        Map<Event, Node> nodes = new LinkedHashMap<>();
        Map<String, Node> byLocalId = new HashMap<>();
        for (Event event : events) {
            Node node = NodeFactory.createURI(Iris.event(sourceId, event));
            nodes.put(event, node);
            if (event.localId() != null) {
                byLocalId.putIfAbsent(event.localId(), node);
            }
        }
        Set<Node> described = new HashSet<>();
        nodes.forEach((event, node) -> {
            if (described.add(node)) {
                map(event, node, byLocalId);
            }
        });
    }

    private void map(Event event, Node node, Map<String, Node> byLocalId) {
        out.type(node, NG.Event);
        if (event.cameo() != null) {
            out.iri(node, NG.eventType, Iris.cameo(event.cameo()));
        }
        out.string(node, NG.trigger, event.trigger());
        actors(node, NG.agent, event.agents());
        actors(node, NG.target, event.targets());
        actors(node, NG.recipient, event.recipients());
        out.resource(node, NG.modality, event.modality() == null ? null : NG.modality(event.modality()));
        out.node(node, NG.condition, condition(event, byLocalId));
        out.node(node, NG.statedIn, statement(event));
        out.date(node, NG.date, event.date());
        out.string(node, NG.datePrecision, event.datePrecision());
        out.node(node, NG.reportedIn, article);
        provenance.map(node, event.evidence(), event.span(), event.confidence());
    }

    private void actors(Node event, Property role, List<String> actorIds) {
        actorIds.forEach(actorId -> out.iri(event, role, Iris.actor(actorId)));
    }

    private Node condition(Event event, Map<String, Node> byLocalId) {
        if (event.condition() == null) {
            return null;
        }
        Node condition = byLocalId.get(event.condition());
        if (condition == null) {
            throw new IllegalArgumentException("Article '" + sourceId + "': event '" + event.localId()
                    + "' has condition '" + event.condition() + "', which is no event of the same article."
                    + " The extractor must give the localId of one of the article's events.");
        }
        return condition;
    }

    private Node statement(Event event) {
        int index = event.statement();
        if (index < 0) {
            return null;
        }
        if (index >= statements.size()) {
            throw new IllegalArgumentException("Article '" + sourceId + "': event '" + event.localId()
                    + "' refers to statement " + index + " but the article has " + statements.size()
                    + " statements. The extractor must give an index into the extraction's statements or -1.");
        }
        return statements.get(index);
    }
}
