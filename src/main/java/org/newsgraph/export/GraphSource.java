package org.newsgraph.export;

import java.io.IOException;

/** A graph read from the store and written out as it is read. */
public interface GraphSource {
    /** Writes the whole graph: begin, nodes, edges, end. Call inside a read transaction. */
    void writeTo(GraphWriter writer) throws IOException;
}
