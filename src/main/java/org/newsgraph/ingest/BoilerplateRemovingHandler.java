package org.newsgraph.ingest;

import org.newsgraph.model.Article;

/** Cleans each article's text with the boilerplate filter before passing it on. */
final class BoilerplateRemovingHandler implements ArticleHandler {
    private final BoilerplateFilter filter;
    private final ArticleHandler next;

    BoilerplateRemovingHandler(BoilerplateFilter filter, ArticleHandler next) {
        this.filter = filter;
        this.next = next;
    }

    @Override
    public void article(Article article) {
        String text = filter.clean(article.text());
        if (text.isBlank()) {
            next.warning(new IngestWarning(article.origin(), "no article text left after removing page"
                    + " furniture (menus, sign-up and share text); skipped. Check that the input holds the article body"));
            return;
        }
        next.article(new Article(article.sourceId(), text, article.title(), article.published(), article.publisher(),
                article.url(), article.origin()));
    }

    @Override
    public void warning(IngestWarning warning) {
        next.warning(warning);
    }
}
