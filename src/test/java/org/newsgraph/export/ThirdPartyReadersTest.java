package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other people's readers read our files: networkx (Debian python3-networkx) reads GraphML and
 * Cytoscape JSON; graphology-gexf (the GEXF parser of Gephi Lite, npm) reads GEXF 1.3, which
 * networkx 2.x cannot. Each test skips with the install command when its reader is absent.
 */
class ThirdPartyReadersTest {
    private static final Path NETWORKX_SCRIPT = Path.of("src/test/python/read_graph.py");
    private static final Path NODE_READERS = Path.of("src/test/node");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void networkxReadsGraphMl() throws Exception {
        JsonNode graph = networkx("graphml", SampleGraph.bytes(GraphFormat.GRAPHML));
        assertEquals(true, graph.path("directed").asBoolean());
        assertEquals(3, graph.path("nodes").size());
        assertEquals(3, graph.path("edges").size());
        JsonNode freedonia = graph.path("nodes").path("n0");
        assertEquals("Freedonia", freedonia.path("label").asText());
        assertEquals(SampleGraph.A, freedonia.path("id").asText());
        assertEquals(5, freedonia.path("articles").asInt(), "a long key is read as a number");
        JsonNode threat = graph.path("edges").get(0).get(2);
        assertEquals("threatened", threat.path("relation").asText());
        assertEquals(0.25, threat.path("score").asDouble());
    }

    @Test
    void networkxReadsCytoscapeJson() throws Exception {
        JsonNode graph = networkx("cyjs", SampleGraph.bytes(GraphFormat.CYJS));
        assertEquals(true, graph.path("directed").asBoolean());
        assertEquals(3, graph.path("nodes").size());
        assertEquals(3, graph.path("edges").size());
        assertEquals("Freedonia", graph.path("nodes").path(SampleGraph.A).path("name").asText());
        assertEquals(SampleGraph.TRICKY, graph.path("nodes").path(SampleGraph.B).path("name").asText());
    }

    @Test
    void gephiLitesParserReadsGexf() throws Exception {
        Optional<Path> node = ExternalTool.find("node", "nodejs");
        assumeTrue(node.isPresent(), "Node.js is not installed: GEXF not checked by a third-party reader");
        assumeTrue(Files.isDirectory(NODE_READERS.resolve("node_modules/graphology-gexf")),
                "graphology-gexf is not installed: run `npm ci --prefix src/test/node` to check GEXF with it");
        Path file = dir.resolve("sample.gexf");
        Files.write(file, SampleGraph.bytes(GraphFormat.GEXF));
        ExternalTool.Result result = ExternalTool.run(List.of(node.get().toString(),
                NODE_READERS.resolve("read-gexf.js").toString(), file.toString()));
        assertEquals(0, result.exitCode(), result.output());
        JsonNode graph = JSON.readTree(result.output());
        assertEquals(3, graph.path("order").asInt());
        assertEquals(3, graph.path("size").asInt());
        JsonNode freedonia = graph.path("nodes").get(0);
        assertEquals(SampleGraph.A, freedonia.path("key").asText());
        assertEquals("Freedonia", freedonia.path("attributes").path("label").asText());
        assertEquals(5, freedonia.path("attributes").path("articles").asInt());
        assertEquals("rgb(214,39,40)", freedonia.path("attributes").path("color").asText(), "viz colour read");
        JsonNode threat = graph.path("edges").get(0);
        assertEquals(3.0, threat.path("attributes").path("weight").asDouble());
        assertEquals(SampleGraph.TRICKY.replace('\u0001', '\uFFFD'), threat.path("attributes").path("note").asText());
    }

    private JsonNode networkx(String kind, byte[] content) throws Exception {
        Optional<Path> python = pythonWithNetworkx();
        assumeTrue(python.isPresent(), "networkx is not installed (Debian package python3-networkx): " + kind
                + " not checked by a third-party reader");
        Path file = dir.resolve("sample." + kind);
        Files.write(file, content);
        ExternalTool.Result result = ExternalTool.run(List.of(python.get().toString(), NETWORKX_SCRIPT.toString(),
                kind, file.toString()));
        assertEquals(0, result.exitCode(), result.output());
        return JSON.readTree(result.output());
    }

    // Debian's networkx is in the system Python; a python3 earlier on PATH (pyenv, venv) may lack it.
    private static Optional<Path> pythonWithNetworkx() throws Exception {
        for (String candidate : new String[] {"/usr/bin/python3", "python3"}) {
            Optional<Path> python = ExternalTool.find(candidate);
            if (python.isPresent() && ExternalTool.run(List.of(python.get().toString(), "-c", "import networkx"))
                    .exitCode() == 0) {
                return python;
            }
        }
        return Optional.empty();
    }
}
