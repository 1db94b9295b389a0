package org.newsgraph.export;

import java.util.List;

/**
 * What a graph's nodes and edges carry besides id, label and (for nodes) actor type: the formats
 * that declare attributes up front (GraphML keys, GEXF attributes) write these before any node.
 */
public record GraphSchema(String title, List<AttributeSpec> nodeAttributes, List<AttributeSpec> edgeAttributes) {
    public GraphSchema {
        nodeAttributes = List.copyOf(nodeAttributes);
        edgeAttributes = List.copyOf(edgeAttributes);
    }
}
