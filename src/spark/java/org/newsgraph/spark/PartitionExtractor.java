package org.newsgraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.ingest.ArticleHandler;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.ingest.InputScanner;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleGraphBuilder;
import org.newsgraph.pipeline.BuiltArticle;
import org.newsgraph.pipeline.NQuads;
import org.newsgraph.pipeline.StageTimes;

/**
 * The work of one Spark task: the JSONL lines of a partition become the N-Quads of their article
 * graphs, with exactly the ingest, extraction, mapping and validation of {@code newsgraph build}.
 * The lines go through a local temporary file because the ingest stage reads files: that keeps
 * its boilerplate removal and checks identical to a local build.
 */
final class PartitionExtractor implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator stored;
    private final LongAccumulator failed;
    private final LongAccumulator triples;

    PartitionExtractor(LongAccumulator stored, LongAccumulator failed, LongAccumulator triples) {
        this.stored = stored;
        this.failed = failed;
        this.triples = triples;
    }

    /**
     * Counts an article as failed and says which and why on the executor's standard error, as a local
     * build reports each article it does not store, so that a run's failures can be found and reported.
     */
    private void notStored(Article article, String why) {
        failed.add(1);
        System.err.println("newsgraph: " + article.sourceId() + " not stored: " + why + ". Please report this with the input");
    }

    /** The N-Quads of every valid article in {@code lines}, one string per article graph. */
    Iterator<String> extract(Iterator<String> lines) throws IOException {
        Path file = Files.createTempFile("newsgraph-partition-", ".jsonl");
        try {
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                while (lines.hasNext()) {
                    out.write(lines.next());
                    out.write('\n');
                }
            }
            List<String> graphs = new ArrayList<>();
            ArticleGraphBuilder builder = ExecutorPipeline.get();
            StageTimes times = new StageTimes();
            InputScanner.scan(List.of(file), new ArticleHandler() {
                @Override
                public void article(Article article) {
                    try {
                        BuiltArticle built = builder.build(article, times);
                        if (built.valid()) {
                            graphs.add(NQuads.of(built.graphName(), built.graph()).stripTrailing());
                            stored.add(1);
                            triples.add(built.graph().size());
                        } else {
                            notStored(article, "graph violates ontology/shapes.ttl: " + built.validation().describe());
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        // as in a local build: one article the code cannot handle is counted as
                        // failed, not allowed to abort the job (a 30,000-article run once died so)
                        notStored(article, "extraction failed (" + e + ")");
                    }
                }

                @Override
                public void warning(IngestWarning warning) {
                }
            });
            return graphs.iterator();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
