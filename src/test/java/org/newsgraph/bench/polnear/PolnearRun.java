package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearDocument;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Runs newsgraph and, optionally, CoreNLP's quote attribution over PolNeAR texts and scores both
 * the same way ({@link AttributionScorer}). newsgraph runs on a second thread while CoreNLP works,
 * which on two cores hides most of newsgraph's time.
 */
public final class PolnearRun {
    static final String NEWSGRAPH = "newsgraph";
    static final String CORENLP = "CoreNLP quote attribution";

    /** How CoreNLP takes part: not at all, or freshly run, or reusing results of earlier runs. */
    public enum CoreNlpMode { OFF, RUN, REUSE }

    private final ArticleProcessor processor;
    private final CoreNlpMode coreNlpMode;
    private final Path cacheFile;
    private final PrintStream log;

    public PolnearRun(ArticleProcessor processor, CoreNlpMode coreNlpMode, Path cacheFile, PrintStream log) {
        this.processor = processor;
        this.coreNlpMode = coreNlpMode;
        this.cacheFile = cacheFile;
        this.log = log;
    }

    public BenchmarkResult run(List<PolnearDocument> documents) {
        CompletableFuture<List<List<ExtractedStatement>>> newsgraph =
                CompletableFuture.supplyAsync(() -> documents.stream().map(d -> newsgraph(d, documents)).toList());
        CoreNlpResults coreNlp = coreNlpMode == CoreNlpMode.OFF ? null : coreNlp(documents);
        List<List<ExtractedStatement>> ours = newsgraph.join();

        SystemScores newsgraphScores = new SystemScores(NEWSGRAPH);
        SystemScores coreNlpScores = new SystemScores(CORENLP);
        for (int i = 0; i < documents.size(); i++) {
            PolnearDocument document = documents.get(i);
            CorefChains chains = coreNlp == null ? CorefChains.NONE : coreNlp.results().get(i).chains();
            AttributionScorer scorer = new AttributionScorer(document.text(), chains);
            score(scorer, document, ours.get(i), newsgraphScores);
            if (coreNlp != null) score(scorer, document, coreNlp.results().get(i).quotes(), coreNlpScores);
        }
        List<GoldAttribution> gold = documents.stream().flatMap(d -> d.gold().stream()).toList();
        return new BenchmarkResult(documents.size(), gold.size(),
                (int) gold.stream().filter(GoldAttribution::hasSource).count(),
                (int) gold.stream().filter(GoldAttribution::quoted).count(),
                coreNlp == null ? List.of(newsgraphScores) : List.of(newsgraphScores, coreNlpScores),
                coreNlp == null ? null : coreNlp.origin());
    }

    private List<ExtractedStatement> newsgraph(PolnearDocument document, List<PolnearDocument> all) {
        log.printf("newsgraph %d/%d %s%n", all.indexOf(document) + 1, all.size(), document.name());
        Article article = new Article(document.name(), document.text(), null, document.published(), null, null,
                "PolNeAR " + document.name());
        return NewsgraphStatements.of(processor.process(article));
    }

    private static void score(AttributionScorer scorer, PolnearDocument document, List<ExtractedStatement> statements,
                              SystemScores into) {
        into.add(scorer.score(document.gold(), statements),
                scorer.score(goldWhere(document, GoldAttribution::quoted), statements),
                scorer.score(goldWhere(document, g -> !g.quoted()), statements));
    }

    private static List<GoldAttribution> goldWhere(PolnearDocument document, Predicate<GoldAttribution> kind) {
        return document.gold().stream().filter(kind).toList();
    }

    /** CoreNLP's results in document order and a sentence saying where they came from. */
    private record CoreNlpResults(List<CoreNlpResult> results, String origin) {
    }

    private CoreNlpResults coreNlp(List<PolnearDocument> documents) {
        // Loaded even when not reused, so that a partial fresh run adds to the cache instead of shrinking it.
        CoreNlpResultCache cache = CoreNlpResultCache.load(cacheFile);
        CoreNlpQuoteAttribution pipeline = null;
        List<CoreNlpResult> results = new ArrayList<>();
        int reused = 0;
        for (PolnearDocument document : documents) {
            var cached = coreNlpMode == CoreNlpMode.REUSE ? cache.get(document) : Optional.<CoreNlpResult>empty();
            if (cached.isPresent()) {
                reused++;
                results.add(cached.get());
                continue;
            }
            if (pipeline == null) pipeline = new CoreNlpQuoteAttribution();
            log.printf("CoreNLP %d/%d %s%n", results.size() + 1, documents.size(), document.name());
            CoreNlpResult result = pipeline.analyze(document.text());
            cache.put(document, result);
            results.add(result);
        }
        cache.save(cacheFile);
        return new CoreNlpResults(results, origin(reused, documents.size()));
    }

    private String origin(int reused, int texts) {
        if (reused == 0) return "CoreNLP (" + CoreNlpQuoteAttribution.ANNOTATORS + ") was run on every text in this run.";
        String from = " from " + cacheFile + " (an earlier run on the same texts with the same annotators)";
        return reused == texts
                ? "CoreNLP's results for all " + texts + " texts were reused" + from + "."
                : "CoreNLP's results for " + reused + " of " + texts + " texts were reused" + from
                        + "; the others were computed in this run.";
    }
}
