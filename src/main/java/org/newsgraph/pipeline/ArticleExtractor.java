package org.newsgraph.pipeline;

import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;

/** Turns one article into its extraction; {@link ArticleProcessor} is the real one. Thread-safe. */
@FunctionalInterface
public interface ArticleExtractor {
    /** Extracts {@code article}, adding the time of each stage to {@code times}. */
    Extraction extract(Article article, StageTimes times);
}
