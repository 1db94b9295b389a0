package org.newsgraph.ingest;

/** Receives articles and warnings as readers stream them, so a large input never sits in memory. */
public interface ArticleHandler {
    void article(Article article);

    void warning(IngestWarning warning);
}
