package org.newsgraph.pipeline;

import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Article;

/**
 * The checks an article passes before extraction, the same for {@code build} and live ingestion:
 * it must be English, a missing date is worth a note, and the text is cut to what the language
 * models can take ({@link NlpInputGuard}).
 */
final class ArticleScreen {
    static final String NO_DATE = "no publication date, so dates such as \"on Monday\" stay unresolved; give one"
            + " (manifest.csv column published, JSONL field published, or the page's article:published_time)";

    private final NlpInputGuard guard;

    ArticleScreen(TextLimits limits) {
        this.guard = new NlpInputGuard(limits);
    }

    /**
     * The article to extract, its text cut to the limits, or empty when it is not English.
     *
     * @param notes receives every problem found, the reason for a rejection included
     */
    Optional<Article> screen(Article article, Consumer<String> notes) {
        Optional<String> language = EnglishText.problem(article.text());
        if (language.isPresent()) {
            notes.accept(language.get());
            return Optional.empty();
        }
        if (article.published() == null) notes.accept(NO_DATE);
        GuardedText guarded = guard.guard(article.text());
        guarded.notes().forEach(notes);
        return Optional.of(guarded.changed() ? new Article(article.sourceId(), guarded.text(), article.title(),
                article.published(), article.publisher(), article.url(), article.origin()) : article);
    }
}
