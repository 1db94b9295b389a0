package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GEXF 1.3 (https://gexf.net), Gephi's own format: declared node and edge attributes, labels,
 * weights, and viz colours, sizes and thicknesses. Node ids are the full ids; edge ids are "e0"...
 */
public final class GexfWriter implements GraphWriter {
    static final String GEXF = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    private final XmlOutput xml;
    private final LocalDate today;
    private boolean inEdges;
    private long edgeCount;

    public GexfWriter(OutputStream out) {
        this(out, LocalDate.now(ZoneOffset.UTC));
    }

    /** With a fixed date for the file's lastmodifieddate, for reproducible output. */
    GexfWriter(OutputStream out, LocalDate today) {
        this.xml = new XmlOutput(out);
        this.today = today;
    }

    @Override
    public void begin(GraphSchema schema) throws IOException {
        xml.startDocument();
        xml.start("gexf");
        xml.attribute("xmlns", GEXF);
        xml.attribute("xmlns:viz", VIZ);
        xml.attribute("version", "1.3");
        xml.start("meta");
        xml.attribute("lastmodifieddate", today.toString());
        element("creator", "newsgraph");
        element("description", schema.title());
        xml.end(true);
        xml.start("graph");
        xml.attribute("defaultedgetype", "directed");
        xml.attribute("mode", "static");
        declare("node", schema.nodeAttributes(), true);
        declare("edge", schema.edgeAttributes(), false);
        xml.start("nodes");
    }

    @Override
    public void node(GraphNode node) throws IOException {
        if (inEdges) {
            throw new IllegalStateException("GEXF needs every node before the first edge");
        }
        xml.start("node");
        xml.attribute("id", node.id());
        xml.attribute("label", node.label());
        Map<String, Object> values = new LinkedHashMap<>();
        if (node.type() != null) {
            values.put("type", node.type());
        }
        values.putAll(node.attributes());
        attvalues(values);
        vizColor(GraphStyle.nodeColor(node.type()));
        xml.start("viz:size");
        xml.attribute("value", Numbers.format(GraphStyle.nodeSize(Math.round(node.weight()))));
        xml.end(false);
        xml.end(true);
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        if (!inEdges) {
            xml.end(true);
            xml.start("edges");
            inEdges = true;
        }
        xml.start("edge");
        xml.attribute("id", "e" + edgeCount++);
        xml.attribute("source", edge.source());
        xml.attribute("target", edge.target());
        if (edge.label() != null) {
            xml.attribute("label", edge.label());
        }
        xml.attribute("weight", Numbers.format(edge.weight()));
        attvalues(edge.attributes());
        vizColor(GraphStyle.edgeColor(edge.label()));
        xml.start("viz:thickness");
        xml.attribute("value", Numbers.format(GraphStyle.edgeWidth(edge.weight())));
        xml.end(false);
        xml.end(true);
    }

    @Override
    public void end() throws IOException {
        if (!inEdges) {
            xml.end(true);
            xml.start("edges");
        }
        xml.end(true);
        xml.end(true);
        xml.end(true);
        xml.endDocument();
    }

    private void declare(String domain, List<AttributeSpec> attributes, boolean withType) throws IOException {
        xml.start("attributes");
        xml.attribute("class", domain);
        if (withType) {
            attribute(new AttributeSpec("type", AttributeType.STRING));
        }
        for (AttributeSpec spec : attributes) {
            attribute(spec);
        }
        xml.end(true);
    }

    // Attribute ids are the titles: Gephi shows the title, and networkx and graphology key values by id.
    private void attribute(AttributeSpec spec) throws IOException {
        xml.start("attribute");
        xml.attribute("id", spec.name());
        xml.attribute("title", spec.name());
        xml.attribute("type", spec.type().gexfName());
        xml.end(false);
    }

    private void attvalues(Map<String, Object> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        xml.start("attvalues");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            xml.start("attvalue");
            xml.attribute("for", value.getKey());
            xml.attribute("value", Numbers.text(value.getValue()));
            xml.end(false);
        }
        xml.end(true);
    }

    private void vizColor(Color color) throws IOException {
        xml.start("viz:color");
        xml.attribute("r", Integer.toString(color.red()));
        xml.attribute("g", Integer.toString(color.green()));
        xml.attribute("b", Integer.toString(color.blue()));
        xml.end(false);
    }

    private void element(String name, String text) throws IOException {
        xml.start(name);
        xml.text(text);
        xml.end(false);
    }
}
