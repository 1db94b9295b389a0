package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;

/** Collects what a reader emits, for assertions. */
final class RecordingHandler implements ArticleHandler {
    final List<Article> articles = new ArrayList<>();
    final List<IngestWarning> warnings = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void warning(IngestWarning warning) {
        warnings.add(warning);
    }

    Article article(String sourceId) {
        return articles.stream().filter(a -> a.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + sourceId + " in " + sourceIds()));
    }

    Optional<IngestWarning> warningContaining(String text) {
        return warnings.stream().filter(w -> w.toString().contains(text)).findFirst();
    }

    boolean hasWarningContaining(String text) {
        return warningContaining(text).isPresent();
    }

    List<String> sourceIds() {
        return articles.stream().map(Article::sourceId).toList();
    }
}
