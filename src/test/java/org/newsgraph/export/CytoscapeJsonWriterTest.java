package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CytoscapeJsonWriterTest {

    @Test
    void writesCytoscapeElements() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SampleGraph.bytes(GraphFormat.CYJS));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(3, nodes.size());
        assertEquals(3, edges.size());
        JsonNode first = nodes.get(0).path("data");
        assertEquals(SampleGraph.A, first.path("id").asText());
        assertEquals("Freedonia", first.path("name").asText());
        assertEquals("State", first.path("type").asText());
        assertEquals(5, first.path("articles").asInt());
        assertEquals(SampleGraph.TRICKY, nodes.get(1).path("data").path("name").asText(), "JSON keeps every character");
        JsonNode threat = edges.get(0).path("data");
        assertEquals(SampleGraph.A, threat.path("source").asText());
        assertEquals(SampleGraph.B, threat.path("target").asText());
        assertEquals("threatened", threat.path("interaction").asText());
        assertEquals(3.0, threat.path("weight").asDouble());
        assertEquals(0.25, threat.path("score").asDouble());
        assertEquals("sample \"graph\"", root.path("data").path("name").asText());
    }

    @Test
    void noEdgesGivesAnEmptyEdgeList() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GraphWriter writer = GraphFormat.CYJS.writer(out);
        writer.begin(SampleGraph.SCHEMA);
        writer.end();
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(0, root.path("elements").path("edges").size());
        assertEquals(true, root.path("elements").path("edges").isArray());
    }
}
