package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {
    @Test
    void readsMetadataFromOpenGraphJsonLdAndCanonicalLink() throws IOException {
        Article article = read("ministry-statement.html").article("ministry-statement.html");
        assertEquals("Ministry rejects border claims", article.title());
        assertEquals("Valley Times", article.publisher());
        assertEquals("https://valley.example/news/ministry-rejects-claims", article.url());
        assertEquals(LocalDate.of(2022, 11, 3), article.published(), "the date as written, not moved to UTC");
    }

    @Test
    void keepsArticleParagraphsSeparatedByBlankLines() throws IOException {
        String text = read("ministry-statement.html").article("ministry-statement.html").text();
        String[] paragraphs = text.split("\n\n");
        assertTrue(paragraphs.length >= 4, text);
        assertTrue(text.contains("calling the reports fabricated and irresponsible."), text);
        assertTrue(text.contains("send observers to the disputed crossing"), text);
        assertTrue(text.contains("leaving several villages on the other side of the old line."), text);
    }

    @Test
    void dropsScriptsIframesFormsAndNavigation() throws IOException {
        String text = read("ministry-statement.html").article("ministry-statement.html").text();
        for (String furniture : new String[] {"tracking code", "injected advert", "Video player", "Your email",
                "Home", "display: none"}) {
            assertFalse(text.contains(furniture), "found \"" + furniture + "\" in:\n" + text);
        }
    }

    @Test
    void fallsBackToTimeElementForTheDate() throws IOException {
        Article article = read("time-element.htm").article("time-element.htm");
        assertEquals(LocalDate.of(2020, 7, 14), article.published());
        assertEquals("Grain exports rise", article.title());
        assertNull(article.publisher());
    }

    @Test
    void unparsableDateIsReportedAndLeftNull() throws IOException {
        RecordingHandler handler = read("bad-date.html");
        assertNull(handler.article("bad-date.html").published());
        assertTrue(handler.hasWarningContaining("sometime last week"));
    }

    @Test
    void pageWithoutTextIsReported(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("blank.html");
        Files.writeString(page, "<html><head><title>Nothing</title><script>var x = 1;</script></head><body></body></html>");
        RecordingHandler handler = new RecordingHandler();
        new HtmlReader().read(page, handler);
        assertTrue(handler.articles.isEmpty());
        assertTrue(handler.hasWarningContaining("no readable text"));
    }

    @Test
    void acceptsHtmlAndHtm() {
        HtmlReader reader = new HtmlReader();
        assertTrue(reader.accepts(Path.of("page.HTML")));
        assertTrue(reader.accepts(Path.of("page.htm")));
        assertFalse(reader.accepts(Path.of("page.xhtml.txt")));
    }

    private static RecordingHandler read(String file) throws IOException {
        RecordingHandler handler = new RecordingHandler();
        new HtmlReader().read(TestFiles.fixture("html/" + file), handler);
        return handler;
    }
}
