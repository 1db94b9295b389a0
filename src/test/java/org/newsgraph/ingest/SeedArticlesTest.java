package org.newsgraph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsgraph.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the whole ingest stage over the project's sample articles (data/articles). Expectations come
 * from the files themselves (manifest dates, first real paragraph) and from generic furniture
 * markers, so the test holds for any sample set of this kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedArticlesTest {
    private static final Path ARTICLES = Path.of("data/articles");
    /** Page furniture of the kinds the filter targets; none of it may survive as a paragraph. */
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("(?im)^(sign up|subscribe|by subscribing|related:|more articles|latest article|must read"
                    + "|read more|skip to content|edit post|news feed|more news|editors. picks|become a member"
                    + "|this audio is created|reprinted with permission|the post .* appeared first on)"),
            Pattern.compile("(?m)\\(@\\w+\\) \\p{L}+ \\d{1,2}, \\d{4}$"),
            Pattern.compile("(?im)^\\d{1,2}:\\d{2} [ap]m$"),
            Pattern.compile("(?im)\\d+ min read$"),
            Pattern.compile("(?im)^\\* indicates required$"));

    private RecordingHandler handler;
    private Map<String, LocalDate> manifestDates;

    @BeforeAll
    void ingestSamples() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ARTICLES),
                "data/articles is missing: run the tests from the project directory with the sample articles checked out");
        handler = new RecordingHandler();
        InputScanner.scan(List.of(ARTICLES), handler);
        manifestDates = readManifestDates();
    }

    @Test
    void everySampleBecomesAnArticleWithItsManifestDate() throws IOException {
        long files;
        try (var list = Files.list(ARTICLES)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertEquals(files, handler.articles.size(), handler.warnings.toString());
        assertTrue(handler.warnings.isEmpty(), handler.warnings.toString());
        for (Article article : handler.articles) {
            assertEquals(manifestDates.get(article.sourceId()), article.published(), article.sourceId());
        }
    }

    @Test
    void targetedFurnitureIsGone() {
        for (Article article : handler.articles) {
            for (Pattern furniture : FURNITURE) {
                assertFalse(furniture.matcher(article.text()).find(),
                        article.sourceId() + " still holds furniture matching " + furniture);
            }
        }
    }

    @Test
    void firstRealParagraphStays() throws IOException {
        for (Article article : handler.articles) {
            String firstReal = firstRealParagraph(Files.readString(ARTICLES.resolve(article.sourceId())));
            assertTrue(article.text().contains(firstReal), article.sourceId() + " lost: " + firstReal);
        }
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        for (Article article : handler.articles) {
            assertFalse(Pattern.compile("[^\\n]\\n[^\\n]").matcher(article.text()).find(), article.sourceId());
            assertFalse(article.text().contains("\n\n\n"), article.sourceId());
        }
    }

    /** The first line of reporting: long enough, ending like a sentence, and no appeal or sign-up text. */
    private static String firstRealParagraph(String raw) {
        BoilerplatePatterns patterns = BoilerplatePatterns.standard();
        return Paragraphs.split(raw).stream()
                .filter(p -> Prose.wordCount(p) >= 20 && Prose.endsLikeSentence(p) && !patterns.classify(p).furniture())
                .findFirst().orElseThrow();
    }

    private static Map<String, LocalDate> readManifestDates() throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(ARTICLES.resolve("manifest.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String published = row.get("published");
                dates.put(row.get("file"), published.isBlank() ? null : LocalDate.parse(published));
            }
        }
        return dates;
    }
}
