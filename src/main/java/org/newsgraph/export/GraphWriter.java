package org.newsgraph.export;

import java.io.IOException;

/**
 * Writes one graph in a file format as it streams in: {@link #begin}, every node, every edge,
 * {@link #end}. All nodes come before the first edge, and every edge's ends were written as nodes.
 */
public interface GraphWriter {
    void begin(GraphSchema schema) throws IOException;

    void node(GraphNode node) throws IOException;

    void edge(GraphEdge edge) throws IOException;

    /** Closes the document and flushes; does not close the underlying stream. */
    void end() throws IOException;
}
