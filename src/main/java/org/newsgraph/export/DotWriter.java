package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphviz DOT: a digraph with filled, coloured nodes and coloured edges whose pen width follows
 * the weight. Every id and attribute is quoted, so any text is safe; the graph's own attributes
 * go out as extra node and edge attributes, which Graphviz keeps but does not draw.
 */
public final class DotWriter implements GraphWriter {
    private final Writer out;

    public DotWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void begin(GraphSchema schema) throws IOException {
        out.write("digraph " + quote(schema.title()) + " {\n");
        out.write("  graph [overlap=false, splines=true];\n");
        out.write("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontcolor=\"#ffffff\"];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    }

    @Override
    public void node(GraphNode node) throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("label", node.label());
        attributes.put("fillcolor", GraphStyle.nodeColor(node.type()).hex());
        // Graphviz wants inches; a 20-point node becomes one inch, rounded to hundredths.
        attributes.put("width", Numbers.format(Math.round(GraphStyle.nodeSize(Math.round(node.weight())) * 5) / 100.0));
        if (node.type() != null) {
            attributes.put("type", node.type());
        }
        extra(attributes, node.attributes());
        out.write("  " + quote(node.id()) + " " + list(attributes) + ";\n");
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (edge.label() != null) {
            attributes.put("label", edge.label());
        }
        attributes.put("color", GraphStyle.edgeColor(edge.label()).hex());
        attributes.put("penwidth", Numbers.format(GraphStyle.edgeWidth(edge.weight())));
        // dot takes only whole, non-negative edge weights.
        attributes.put("weight", Long.toString(Math.max(0, Math.round(edge.weight()))));
        extra(attributes, edge.attributes());
        out.write("  " + quote(edge.source()) + " -> " + quote(edge.target()) + " " + list(attributes) + ";\n");
    }

    @Override
    public void end() throws IOException {
        out.write("}\n");
        out.flush();
    }

    // The drawing attributes set above win over data attributes of the same name.
    private static void extra(Map<String, String> attributes, Map<String, Object> values) {
        values.forEach((name, value) -> attributes.putIfAbsent(name, Numbers.text(value)));
    }

    private static String list(Map<String, String> attributes) {
        StringBuilder out = new StringBuilder("[");
        attributes.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(quote(name)).append('=').append(quote(value));
        });
        return out.append(']').toString();
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
