package org.newsgraph.pipeline;

import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;

/** Article graphs as N-Quads text: one quad a line, the article graph's name as the fourth term. */
public final class NQuads {
    private NQuads() {
    }

    /** The quads of {@code graph} in the named graph {@code graphName}, each line ending in "\n". */
    public static String of(String graphName, Graph graph) {
        Node name = NodeFactory.createURI(graphName);
        StringWriter out = new StringWriter(graph.size() * 160);
        graph.find().forEach(triple -> out.append(NodeFmtLib.strNT(triple.getSubject())).append(' ')
                .append(NodeFmtLib.strNT(triple.getPredicate())).append(' ')
                .append(NodeFmtLib.strNT(triple.getObject())).append(' ')
                .append(NodeFmtLib.strNT(name)).append(" .\n"));
        return out.toString();
    }
}
