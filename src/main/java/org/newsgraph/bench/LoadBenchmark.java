package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;

/**
 * Builds databases from the same N-Quads three ways and times each: Jena's own phased bulk
 * loader called directly (what {@code tdb2.tdbloader} runs by default), newsgraph's bulk path
 * (the same loader into a staging directory, then a rename), and newsgraph's incremental path
 * (one write transaction per article graph, as {@code build} without --bulk does).
 */
public final class LoadBenchmark {
    /** One way of loading and how fast it went. */
    public record Result(String method, long quads, double seconds) {
        public double quadsPerSecond() {
            return seconds > 0 ? quads / seconds : 0;
        }
    }

    private LoadBenchmark() {
    }

    /** Reads the files once so that every method starts with them in the page cache. */
    public static long warmUp(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                bytes += in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return bytes;
    }

    /** Jena's phased loader straight from LoaderFactory, as {@code tdb2.tdbloader --loader=phased} runs it. */
    public static Result jenaPhasedLoader(List<Path> files, Path directory) {
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
            return new Result("Jena tdb2.tdbloader (phased, LoaderFactory)", loader.countQuads(),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** newsgraph's bulk path: {@link BulkLoader#loadIntoNewDatabase}. */
    public static Result newsgraphBulk(List<Path> files, Path database) {
        BulkLoader.Result loaded = BulkLoader.loadIntoNewDatabase(database, files);
        return new Result("newsgraph build --bulk (load step)", loaded.quads(), loaded.seconds());
    }

    /**
     * newsgraph's incremental path: each article graph replaced in its own transaction. Expects
     * each graph's quads together, as newsgraph writes them.
     */
    public static Result newsgraphIncremental(List<Path> files, Path database) {
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.open(database)) {
            ArticleGraphs graphs = new ArticleGraphs(store);
            for (Path file : files) RDFParser.source(file).parse(graphs);
            graphs.flush();
            return new Result("newsgraph build (incremental, 1 transaction per article)", graphs.quads,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** Collects the quads of one graph at a time and stores the graph when the next one starts. */
    private static final class ArticleGraphs extends StreamRDFBase {
        private final GraphStore store;
        private Node current;
        private Graph graph = GraphFactory.createDefaultGraph();
        private long quads;

        ArticleGraphs(GraphStore store) {
            this.store = store;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(current)) {
                flush();
                current = quad.getGraph();
            }
            graph.add(quad.asTriple());
            quads++;
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalArgumentException("expected N-Quads with a graph name on every line");
        }

        void flush() {
            if (current != null && !graph.isEmpty()) {
                store.replaceArticle(current.getURI(), graph);
            }
            graph = GraphFactory.createDefaultGraph();
        }
    }
}
