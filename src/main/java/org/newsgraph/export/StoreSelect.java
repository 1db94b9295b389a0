package org.newsgraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs SELECT queries over the union of a TDB2 database's article graphs, handing each solution
 * to a callback while the results stream, so nothing is collected in memory.
 */
public final class StoreSelect {
    private final Dataset dataset;

    public StoreSelect(Dataset dataset) {
        this.dataset = dataset;
    }

    /** A callback that may fail writing its output. */
    public interface SolutionHandler {
        void accept(QuerySolution solution) throws IOException;
    }

    /** A piece of work that reads the store and writes output. */
    public interface ReadAction {
        void run() throws IOException;
    }

    /** Runs {@code action} in one read transaction, so several queries see the same data. */
    public void read(ReadAction action) throws IOException {
        try {
            Txn.executeRead(dataset, () -> {
                try {
                    action.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether the store holds a named graph called {@code iri} with at least one triple. */
    public boolean hasGraph(String iri) throws IOException {
        boolean[] found = {false};
        read(() -> found[0] = dataset.asDatasetGraph().contains(
                NodeFactory.createURI(iri), Node.ANY, Node.ANY, Node.ANY));
        return found[0];
    }

    /** Hands every solution of {@code query} to {@code handler}, in order. */
    public void select(Query query, SolutionHandler handler) throws IOException {
        read(() -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    handler.accept(results.next());
                }
            }
        });
    }
}
