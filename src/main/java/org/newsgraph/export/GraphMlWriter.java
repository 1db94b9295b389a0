package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GraphML (http://graphml.graphdrawing.org/) with every attribute declared as a typed key, plus the
 * yFiles graphics that yEd reads for labels, colours and sizes (other readers skip them). Ids are
 * short ("n0", "e0") because GraphML ids are NMTOKENs; each node's full id is in its "id" data.
 */
public final class GraphMlWriter implements GraphWriter {
    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String YFILES = "http://www.yworks.com/xml/graphml";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String NODE_GRAPHICS = "yn";
    private static final String EDGE_GRAPHICS = "ye";

    private final XmlOutput xml;
    private final Ids nodeIds = new Ids("n");
    private static final List<Key> NODE_FIXED_KEYS = List.of(new Key("label", "label", AttributeType.STRING),
            new Key("type", "type", AttributeType.STRING), new Key("id", "id", AttributeType.STRING));
    private static final List<Key> EDGE_FIXED_KEYS = List.of(new Key("relation", "relation", AttributeType.STRING),
            new Key("weight", "weight", AttributeType.DOUBLE));
    private final List<Key> nodeKeys = new ArrayList<>();
    private final List<Key> edgeKeys = new ArrayList<>();
    private long edgeCount;

    public GraphMlWriter(OutputStream out) {
        this.xml = new XmlOutput(out);
    }

    private record Key(String id, String name, AttributeType type) {
    }

    @Override
    public void begin(GraphSchema schema) throws IOException {
        // Attribute names come from query columns; numbered key ids stay valid NMTOKENs whatever they are.
        schema.nodeAttributes().forEach(a -> nodeKeys.add(new Key("d" + (nodeKeys.size() + edgeKeys.size()), a.name(), a.type())));
        schema.edgeAttributes().forEach(a -> edgeKeys.add(new Key("d" + (nodeKeys.size() + edgeKeys.size()), a.name(), a.type())));

        xml.startDocument();
        xml.start("graphml");
        xml.attribute("xmlns", GRAPHML);
        xml.attribute("xmlns:y", YFILES);
        xml.attribute("xmlns:xsi", XSI);
        xml.attribute("xsi:schemaLocation", GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (Key key : NODE_FIXED_KEYS) {
            declare(key, "node");
        }
        for (Key key : nodeKeys) {
            declare(key, "node");
        }
        for (Key key : EDGE_FIXED_KEYS) {
            declare(key, "edge");
        }
        for (Key key : edgeKeys) {
            declare(key, "edge");
        }
        declareGraphics(NODE_GRAPHICS, "node", "nodegraphics");
        declareGraphics(EDGE_GRAPHICS, "edge", "edgegraphics");
        xml.start("graph");
        // Graph ids are NMTOKENs too: the title, with its spaces, goes in the description.
        xml.attribute("id", "G");
        xml.attribute("edgedefault", "directed");
        xml.start("desc");
        xml.text(schema.title());
        xml.end(false);
    }

    @Override
    public void node(GraphNode node) throws IOException {
        xml.start("node");
        xml.attribute("id", nodeIds.assign(node.id()));
        data("label", node.label());
        if (node.type() != null) {
            data("type", node.type());
        }
        data("id", node.id());
        attributes(nodeKeys, node.attributes());
        nodeGraphics(node);
        xml.end(true);
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        xml.start("edge");
        xml.attribute("id", "e" + edgeCount++);
        xml.attribute("source", nodeIds.of(edge.source()));
        xml.attribute("target", nodeIds.of(edge.target()));
        if (edge.label() != null) {
            data("relation", edge.label());
        }
        data("weight", Numbers.format(edge.weight()));
        attributes(edgeKeys, edge.attributes());
        edgeGraphics(edge);
        xml.end(true);
    }

    @Override
    public void end() throws IOException {
        xml.end(true);
        xml.end(true);
        xml.endDocument();
    }

    private void declare(Key key, String domain) throws IOException {
        xml.start("key");
        xml.attribute("id", key.id());
        xml.attribute("for", domain);
        xml.attribute("attr.name", key.name());
        xml.attribute("attr.type", key.type().graphMlName());
        xml.end(false);
    }

    private void declareGraphics(String id, String domain, String yfilesType) throws IOException {
        xml.start("key");
        xml.attribute("id", id);
        xml.attribute("for", domain);
        xml.attribute("yfiles.type", yfilesType);
        xml.end(false);
    }

    private void attributes(List<Key> keys, Map<String, Object> values) throws IOException {
        for (Key key : keys) {
            Object value = values.get(key.name());
            if (value != null) {
                data(key.id(), Numbers.text(value));
            }
        }
    }

    private void data(String key, String value) throws IOException {
        xml.start("data");
        xml.attribute("key", key);
        xml.text(value);
        xml.end(false);
    }

    private void nodeGraphics(GraphNode node) throws IOException {
        String size = Numbers.format(2 * GraphStyle.nodeSize(Math.round(node.weight())));
        xml.start("data");
        xml.attribute("key", NODE_GRAPHICS);
        xml.start("y:ShapeNode");
        xml.start("y:Geometry");
        xml.attribute("height", size);
        xml.attribute("width", size);
        xml.end(false);
        xml.start("y:Fill");
        xml.attribute("color", GraphStyle.nodeColor(node.type()).hex());
        xml.attribute("transparent", "false");
        xml.end(false);
        xml.start("y:NodeLabel");
        xml.text(node.label());
        xml.end(false);
        xml.start("y:Shape");
        xml.attribute("type", "ellipse");
        xml.end(false);
        xml.end(true);
        xml.end(true);
    }

    private void edgeGraphics(GraphEdge edge) throws IOException {
        xml.start("data");
        xml.attribute("key", EDGE_GRAPHICS);
        xml.start("y:PolyLineEdge");
        xml.start("y:LineStyle");
        xml.attribute("color", GraphStyle.edgeColor(edge.label()).hex());
        xml.attribute("type", "line");
        xml.attribute("width", Numbers.format(GraphStyle.edgeWidth(edge.weight())));
        xml.end(false);
        xml.start("y:Arrows");
        xml.attribute("source", "none");
        xml.attribute("target", "standard");
        xml.end(false);
        if (edge.label() != null) {
            xml.start("y:EdgeLabel");
            xml.text(edge.label());
            xml.end(false);
        }
        xml.end(true);
        xml.end(true);
    }
}
