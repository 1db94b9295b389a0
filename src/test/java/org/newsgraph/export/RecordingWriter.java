package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps what a source writes, and checks the order every writer relies on. */
final class RecordingWriter implements GraphWriter {
    GraphSchema schema;
    final List<GraphNode> nodes = new ArrayList<>();
    final List<GraphEdge> edges = new ArrayList<>();
    boolean ended;

    @Override
    public void begin(GraphSchema schema) {
        this.schema = schema;
    }

    @Override
    public void node(GraphNode node) {
        if (!edges.isEmpty()) {
            throw new AssertionError("node " + node.id() + " after an edge");
        }
        nodes.add(node);
    }

    @Override
    public void edge(GraphEdge edge) {
        if (node(edge.source()).isEmpty() || node(edge.target()).isEmpty()) {
            throw new AssertionError("edge to a node not written: " + edge);
        }
        edges.add(edge);
    }

    @Override
    public void end() {
        ended = true;
    }

    Optional<GraphNode> node(String id) {
        return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
    }

    List<GraphEdge> edges(String source, String label, String target) {
        return edges.stream().filter(edge -> edge.source().equals(source) && edge.target().equals(target)
                && label.equals(edge.label())).toList();
    }
}
