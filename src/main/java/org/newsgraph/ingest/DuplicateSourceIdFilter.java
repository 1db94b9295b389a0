package org.newsgraph.ingest;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.model.Article;

/**
 * Passes each source id on once per run. The store keys article graphs by source id, so a second
 * article with the same id would silently replace the first.
 */
final class DuplicateSourceIdFilter implements ArticleHandler {
    private final ArticleHandler next;
    private final Map<String, String> firstOrigin = new HashMap<>();

    DuplicateSourceIdFilter(ArticleHandler next) {
        this.next = next;
    }

    @Override
    public void article(Article article) {
        String first = firstOrigin.putIfAbsent(article.sourceId(), article.origin());
        if (first == null) {
            next.article(article);
        } else {
            next.warning(new IngestWarning(article.origin(), "duplicate source id \"" + article.sourceId()
                    + "\", first read from " + first + "; this copy is skipped. Rename one of them if both are wanted"));
        }
    }

    @Override
    public void warning(IngestWarning warning) {
        next.warning(warning);
    }
}
