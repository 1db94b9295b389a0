package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.StatementConsolidator;
import org.newsgraph.store.ValidationResult;

/**
 * Reads inputs, extracts each article on a pool of workers and stores every valid article graph.
 * Input is streamed and at most a few articles are in flight, so memory does not grow with the
 * corpus; a bad article is reported and skipped, never stops the run.
 */
public final class BuildRunner {
    private final ArticleProcessor processor;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final ShaclValidator validator;
    private final StatementConsolidator consolidator = new StatementConsolidator();
    private final GraphStore store;
    private final PrintStream progress;
    private final int workers;

    public BuildRunner(ArticleProcessor processor, ShaclValidator validator, GraphStore store,
                       PrintStream progress, int workers) {
        this.processor = processor;
        this.validator = validator;
        this.store = store;
        this.progress = progress;
        this.workers = Math.max(1, workers);
    }

    public BuildSummary run(List<Path> inputs) throws InterruptedException {
        long start = System.nanoTime();
        List<IngestWarning> warnings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong actors = new AtomicLong();
        AtomicLong triples = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(workers * 2);
        InputScanner.scan(inputs, new ArticleHandler() {
            @Override
            public void article(Article article) {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        Extraction extraction = processor.process(article);
                        Graph graph = mapper.map(extraction);
                        ValidationResult validation = validator.validate(graph);
                        if (!validation.conforms()) {
                            failed.incrementAndGet();
                            warning(new IngestWarning(article.origin(),
                                    "graph violates ontology/shapes.ttl, not stored: " + validation.describe()));
                            return;
                        }
                        store.replaceArticle(ExtractionMapper.graphName(extraction), graph);
                        int n = stored.incrementAndGet();
                        actors.addAndGet(extraction.actors().size());
                        triples.addAndGet(graph.size());
                        progress.printf("[%d] %s: %d actors, %d statements, %d events, %d triples%n", n,
                                article.sourceId(), extraction.actors().size(), extraction.statements().size(),
                                extraction.events().size(), graph.size());
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        warning(new IngestWarning(article.origin(), "extraction failed (" + e
                                + "); the article was skipped, please report this with the input"));
                    } finally {
                        inFlight.release();
                    }
                });
            }

            @Override
            public void warning(IngestWarning warning) {
                warnings.add(warning);
                progress.println("warning: " + warning);
            }
        });
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        int consolidated = consolidator.consolidate(store);
        progress.printf("Consolidated %d statements reported by several articles%n", consolidated);
        PostBuildSteps.run(store, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildSummary(stored.get(), failed.get(), actors.get(), triples.get(), store.quadCount(),
                warnings, seconds);
    }
}
