package org.newsgraph.ingest;

import java.util.function.Consumer;
import org.newsgraph.model.Article;

/** Receives articles and warnings as readers stream them, so a large input never sits in memory. */
public interface ArticleHandler {
    void article(Article article);

    void warning(IngestWarning warning);

    /** A handler passing articles to one consumer and warnings to another. */
    static ArticleHandler of(Consumer<Article> articles, Consumer<IngestWarning> warnings) {
        return new ArticleHandler() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void warning(IngestWarning warning) {
                warnings.accept(warning);
            }
        };
    }
}
