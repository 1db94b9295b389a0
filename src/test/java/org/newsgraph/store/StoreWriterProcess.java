package org.newsgraph.store;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Run in a separate JVM by {@link StoreCrashTest}: replaces large graphs in the database given as
 * argument, one write transaction after the other, without end, and prints "committed N" after
 * each commit. Nearly all of its time is spent inside write transactions, so killing it at any
 * moment is most likely a kill in the middle of one.
 */
public final class StoreWriterProcess {
    static final int GRAPHS = 3;
    static final int TRIPLES = 10_000;
    static final String VERSION = "urn:crash:version";

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        long first = Long.parseLong(args[1]);
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            for (long version = first; ; version++) {
                store.replaceArticle(graphName(version), graph(version));
                System.out.println("committed " + version);
                System.out.flush();
            }
        }
    }

    static String graphName(long version) {
        return "urn:crash:graph:" + (version % GRAPHS);
    }

    /** {@link #TRIPLES} triples that all carry the version, so a half-written graph shows. */
    static Graph graph(long version) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node versionNode = NodeFactory.createLiteralString(Long.toString(version));
        Node predicate = NodeFactory.createURI(VERSION);
        for (int i = 0; i < TRIPLES; i++) {
            graph.add(NodeFactory.createURI("urn:crash:s:" + i), predicate, versionNode);
        }
        return graph;
    }
}
