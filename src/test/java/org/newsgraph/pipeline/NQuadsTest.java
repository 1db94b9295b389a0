package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class NQuadsTest {

    @Test
    void writesQuadsThatReadBackAsTheSameGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI("https://example.org/s");
        Node p = NodeFactory.createURI("https://example.org/p");
        graph.add(s, p, NodeFactory.createLiteralString("line one\nline \"two\" \\ \u00e9\u4e2d"));
        graph.add(s, p, NodeFactory.createLiteralLang("bonjour", "fr"));
        graph.add(s, p, NodeFactory.createLiteralDT("2030-01-02",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        graph.add(s, p, NodeFactory.createURI("https://example.org/o"));

        String text = NQuads.of("https://example.org/g", graph);
        assertEquals(4, text.lines().count());
        DatasetGraph read = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(text)).lang(Lang.NQUADS).parse(read);
        Graph named = read.getGraph(NodeFactory.createURI("https://example.org/g"));
        assertTrue(named.isIsomorphicWith(graph));
    }
}
