package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Stores each article graph in its own write transaction, replacing an earlier version: the
 * incremental path, where readers always see whole articles and a crash loses at most the article
 * being written.
 */
public final class StoreSink implements ArticleGraphSink {
    private final GraphStore store;

    public StoreSink(GraphStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> storedContentHash(String graphName) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node graph = NodeFactory.createURI(graphName);
        return Txn.calculateRead(dsg, () -> {
            Quad quad = Iter.first(dsg.find(graph, graph, NG.contentHash.asNode(), Node.ANY),
                    found -> found.getObject().isLiteral());
            return Optional.ofNullable(quad).map(found -> found.getObject().getLiteralLexicalForm());
        });
    }

    @Override
    public void put(String graphName, Graph graph) {
        store.replaceArticle(graphName, graph);
    }

    @Override
    public long finish(StageTimes times, PrintStream progress) {
        consolidate(store, times, progress);
        return store.quadCount();
    }

    /** The last step of every build: statements reported by several articles become one, then the rest. */
    static void consolidate(GraphStore store, StageTimes times, PrintStream progress) {
        times.time(Stage.CONSOLIDATE, () -> {
            PostBuildSteps.afterArticlesWritten(store, progress);
            return null;
        });
    }
}
