package org.newsgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.Article;

/**
 * The baseline of {@code bench extract --baseline}: CoreNLP's default full English pipeline with
 * coreference and quote attribution, every option at its default, on the same articles. It runs
 * in its own JVM (started by {@link BaselineLauncher}) because its models need about 6 GB of heap
 * and would hide newsgraph's own peak heap.
 * <p>
 * Arguments: {@code LIMIT INPUT…}. Prints one {@link BaselineResult} line.
 */
public final class BaselinePipeline {
    /** The annotators of CoreNLP's full pipeline. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private BaselinePipeline() {
    }

    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[0]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) inputs.add(Path.of(args[i]));
        System.out.println(run(read(inputs, limit)).toLine());
    }

    static List<Article> read(List<Path> inputs, int limit) {
        List<Article> articles = new ArrayList<>();
        // the build of the same articles reports the warnings; the baseline only needs the texts
        InputScanner.scan(inputs, ArticleHandler.of(article -> {
            if (articles.size() < limit) articles.add(article);
        }, warning -> { }));
        return articles;
    }

    static BaselineResult run(List<Article> articles) {
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        try (HeapWatcher heap = HeapWatcher.start()) {
            long loadStart = System.nanoTime();
            StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long tokens = 0;
            for (Article article : articles) {
                Annotation annotation = new Annotation(article.text());
                pipeline.annotate(annotation);
                tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
            }
            return new BaselineResult(articles.size(), tokens, loadSeconds, (System.nanoTime() - start) / 1e9,
                    (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9, heap.peakBytes());
        }
    }
}
