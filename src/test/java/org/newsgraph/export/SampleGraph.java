package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small graph written by hand, with the text that breaks naive writers: quotes, angle brackets,
 * ampersands, backslashes, a line break, a control character and non-Latin script.
 */
final class SampleGraph {
    static final String A = "https://w3id.org/newsgraph/id/Q1";
    static final String B = "https://w3id.org/newsgraph/id/person/%C3%A9lodie-\u0436";
    static final String C = "literal id with spaces";
    static final String TRICKY = "He said \"<no> & \\never\"\nagain\u0001 \u0416";
    static final GraphSchema SCHEMA = new GraphSchema("sample \"graph\"",
            List.of(new AttributeSpec("wikidata", AttributeType.STRING), new AttributeSpec("articles", AttributeType.INTEGER)),
            List.of(new AttributeSpec("count", AttributeType.INTEGER), new AttributeSpec("score", AttributeType.DOUBLE),
                    new AttributeSpec("note", AttributeType.STRING)));

    private SampleGraph() {
    }

    static void writeTo(GraphWriter writer) throws IOException {
        writer.begin(SCHEMA);
        writer.node(new GraphNode(A, "Freedonia", "State", 5, Map.of("wikidata", "Q1", "articles", 5L)));
        writer.node(new GraphNode(B, TRICKY, "Person", 1, Map.of("articles", 1L)));
        writer.node(new GraphNode(C, null, null, 1, Map.of()));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("count", 3L);
        values.put("score", 0.25);
        values.put("note", TRICKY);
        writer.edge(new GraphEdge(A, B, "threatened", 3, values));
        writer.edge(new GraphEdge(B, A, "quotedAbout", 1, Map.of("count", 1L)));
        writer.edge(new GraphEdge(C, C, null, 1.5, Map.of()));
        writer.end();
    }

    static byte[] bytes(GraphFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleGraph.writeTo(format.writer(out));
        return out.toByteArray();
    }
}
