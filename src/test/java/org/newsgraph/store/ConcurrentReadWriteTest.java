package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;

/**
 * Readers query while a writer replaces article graphs: each reader sees every article graph whole
 * (one version or the other, never a mix or a half), no graph vanishes while it is replaced, and
 * no read fails.
 */
class ConcurrentReadWriteTest {
    private static final int ARTICLES = 12;
    private static final int ROUNDS = 8;
    private static final int READERS = 4;
    private static final int EXTRA_TRIPLES = 40;
    private static final String GRAPH_SIZES =
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path dir;

    @Test
    void readersSeeWholeArticlesWhileAWriterReplacesThem() throws Exception {
        List<Graph> small = new ArrayList<>();
        List<Graph> large = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Graph graph = new ExtractionMapper().map(SampleExtraction.create("article-" + i));
            small.add(graph);
            large.add(withExtraTriples(graph));
        }
        Set<Integer> wholeSizes = Set.of(small.get(0).size(), large.get(0).size());
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            for (int i = 0; i < ARTICLES; i++) store.replaceArticle(name(i), small.get(i));
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch readersStarted = new CountDownLatch(READERS);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    readersStarted.countDown();
                    while (writing.get()) {
                        check(store.select(GRAPH_SIZES), wholeSizes, problems);
                        reads.incrementAndGet();
                    }
                }));
            }
            Future<?> writer = pool.submit(() -> {
                await(readersStarted);
                for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < ARTICLES; i++) {
                        store.replaceArticle(name(i), (round % 2 == 0 ? large : small).get(i));
                    }
                }
                writing.set(false);
                return null;
            });
            writer.get();
            for (Future<?> reader : readers) reader.get();
            pool.shutdown();
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertTrue(reads.get() >= READERS, "readers ran " + reads.get() + " queries");
            assertEquals(ARTICLES, store.select(GRAPH_SIZES).size());
        }
    }

    private static void check(List<QuerySolution> sizes, Set<Integer> wholeSizes, ConcurrentLinkedQueue<String> problems) {
        if (sizes.size() != ARTICLES) {
            problems.add("a reader saw " + sizes.size() + " article graphs instead of " + ARTICLES);
        }
        for (QuerySolution size : sizes) {
            int n = size.getLiteral("n").getInt();
            if (!wholeSizes.contains(n)) {
                problems.add("a reader saw " + size.getResource("g") + " with " + n + " triples, not one of " + wholeSizes);
            }
        }
    }

    private static Graph withExtraTriples(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEach(copy::add);
        for (int i = 0; i < EXTRA_TRIPLES; i++) {
            copy.add(NodeFactory.createURI("urn:extra:" + i), NodeFactory.createURI("urn:extra:p"),
                    NodeFactory.createLiteralString("value " + i));
        }
        return copy;
    }

    private static String name(int i) {
        return Iris.article("article-" + i);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
