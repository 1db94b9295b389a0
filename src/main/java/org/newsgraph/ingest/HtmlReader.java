package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Article;

/**
 * Reads saved news pages (.html, .htm): metadata from the head, the article body found by
 * Readability, rendered with paragraph breaks. The source id is the file name.
 */
public final class HtmlReader implements ArticleReader {
    /**
     * Never article text. Readability keeps some of them when they sit inside the content block, and
     * falls back to the whole document (head title included) when it finds no article.
     */
    private static final String NON_CONTENT = "title, script, style, noscript, template, iframe, object, embed, svg,"
            + " canvas, form, button, input, select, textarea, nav, dialog";

    private static final String UNKNOWN_BASE_URL = "https://article.invalid/";

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, "html", "htm");
    }

    @Override
    public void read(Path file, ArticleHandler handler) throws IOException {
        Optional<String> html = DocumentFile.load(file, handler);
        if (html.isEmpty()) return;
        article(html.get(), FileNames.name(file), file.toString(), handler).ifPresent(handler::article);
    }

    /**
     * The article of one HTML page, or empty after a warning when the page has no readable text.
     * Shared with the WARC reader, whose pages come from archive records rather than files.
     */
    static Optional<Article> article(String html, String sourceId, String origin, ArticleHandler handler) {
        Document document = Jsoup.parse(html);
        HtmlMetadata meta = HtmlMetadataExtractor.extract(document,
                problem -> handler.warning(new IngestWarning(origin, problem)));
        document.select(NON_CONTENT).remove();
        String text = mainText(document, meta.url());
        if (text.isBlank()) {
            handler.warning(new IngestWarning(origin, "the page has no readable text (only scripts, forms,"
                    + " frames or markup); skipped. Save the article page itself, not a consent, login or app page"));
            return Optional.empty();
        }
        return Optional.of(new Article(sourceId, text, meta.title(), meta.published(), meta.publisher(),
                meta.url(), origin));
    }

    /** The Readability article body, or the whole body when Readability finds no article block. */
    private static String mainText(Document document, String url) {
        Element body = document.body();
        Element content = new Readability4J(baseUrl(url), document.clone()).parse().getArticleContent();
        String text = content == null ? "" : HtmlText.render(content);
        return text.isBlank() && body != null ? HtmlText.render(body) : text;
    }

    /**
     * Readability resolves the page's relative links against this and logs an error with a stack trace
     * when it is not an absolute URL; the links are not used, so a reserved placeholder does.
     */
    private static String baseUrl(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : UNKNOWN_BASE_URL;
    }
}
