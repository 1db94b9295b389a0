package org.newsgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.query.Dataset;

/**
 * Writes a graph of the store in one of the export formats: the actor network, or the graph of a
 * SELECT query returning ?source and ?target.
 * <pre>
 * try (GraphStore store = GraphStore.open(db)) {
 *     GraphExporter.actorNetwork(store.dataset()).write(GraphFormat.GEXF, out);
 * }
 * </pre>
 */
public final class GraphExporter {
    private final GraphSource source;

    private GraphExporter(GraphSource source) {
        this.source = source;
    }

    /** The whole actor network of a TDB2 dataset (see {@link ActorNetwork}). */
    public static GraphExporter actorNetwork(Dataset dataset) {
        return new GraphExporter(ActorNetwork.whole(new StoreSelect(dataset)));
    }

    /**
     * The graph of {@code sparql} (see {@link QueryGraph}).
     *
     * @throws IllegalArgumentException when the query is no SELECT returning ?source and ?target
     * @throws org.apache.jena.query.QueryParseException when it is no valid SPARQL
     */
    public static GraphExporter query(Dataset dataset, String sparql, String title) {
        return new GraphExporter(new QueryGraph(new StoreSelect(dataset), sparql, title));
    }

    /** Writes the graph to {@code out} (flushed, not closed). */
    public void write(GraphFormat format, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        source.writeTo(format.writer(buffered));
        buffered.flush();
    }
}
