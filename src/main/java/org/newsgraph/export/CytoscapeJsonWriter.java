package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Cytoscape.js JSON ({"elements":{"nodes":[{"data":…}],"edges":[{"data":…}]}}), which Cytoscape
 * desktop opens as a .cyjs file. Nodes carry "name" (Cytoscape's label column), edges
 * "interaction" (its relation column); colours and sizes are in "color", "size" and "width" so a
 * style can map them directly. Nodes also repeat their id as "value", which networkx's
 * cytoscape_graph reads as the node key.
 */
public final class CytoscapeJsonWriter implements GraphWriter {
    private final JsonGenerator json;
    private boolean inEdges;
    private long edgeCount;

    public CytoscapeJsonWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin(GraphSchema schema) throws IOException {
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "newsgraph");
        json.writeStringField("target_cytoscapejs_version", "~3.33");
        // For networkx's cytoscape_graph, which otherwise builds an undirected simple graph.
        json.writeBooleanField("directed", true);
        json.writeBooleanField("multigraph", true);
        json.writeObjectFieldStart("data");
        json.writeStringField("name", schema.title());
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
    }

    @Override
    public void node(GraphNode node) throws IOException {
        if (inEdges) {
            throw new IllegalStateException("Cytoscape JSON is written with every node before the first edge");
        }
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        // networkx's cytoscape_graph keys nodes by "value"; Cytoscape itself ignores it.
        json.writeStringField("value", node.id());
        json.writeStringField("name", node.label());
        if (node.type() != null) {
            json.writeStringField("type", node.type());
        }
        json.writeStringField("color", GraphStyle.nodeColor(node.type()).hex());
        json.writeNumberField("size", GraphStyle.nodeSize(Math.round(node.weight())));
        values(node.attributes());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        if (!inEdges) {
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            inEdges = true;
        }
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", "e" + edgeCount++);
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        if (edge.label() != null) {
            json.writeStringField("interaction", edge.label());
        }
        json.writeNumberField("weight", edge.weight());
        json.writeStringField("color", GraphStyle.edgeColor(edge.label()).hex());
        json.writeNumberField("width", GraphStyle.edgeWidth(edge.weight()));
        values(edge.attributes());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        if (!inEdges) {
            json.writeArrayFieldStart("edges");
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void values(Map<String, Object> attributes) throws IOException {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            Object value = attribute.getValue();
            if (value instanceof Long l) {
                json.writeNumberField(attribute.getKey(), l);
            } else if (value instanceof Double d) {
                json.writeNumberField(attribute.getKey(), d);
            } else {
                json.writeStringField(attribute.getKey(), value.toString());
            }
        }
    }
}
