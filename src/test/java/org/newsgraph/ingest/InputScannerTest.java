package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
    private static final String STORY = "The port authority said the new terminal would open in the spring.";

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyInSortedOrderAndSkipsOtherFiles() throws IOException {
        write("b/second.txt", STORY);
        write("a/first.txt", STORY);
        write("a/feed.jsonl", "{\"id\": \"j-1\", \"text\": \"" + STORY + "\"}\n");
        write("page.html", "<html><body><article><p>" + STORY + "</p></article></body></html>");
        write("manifest.csv", "file,published\n");
        write("README", "not an article");
        write("notes.md", "not an article either");
        RecordingHandler handler = scan(dir);
        assertEquals(List.of("j-1", "first.txt", "second.txt", "page.html"), handler.sourceIds());
        assertTrue(handler.warnings.isEmpty(), handler.warnings.toString());
    }

    @Test
    void acceptsFilesAndDirectoriesTogether() throws IOException {
        write("one/a.txt", STORY);
        write("b.txt", STORY);
        RecordingHandler handler = new RecordingHandler();
        InputScanner.scan(List.of(dir.resolve("b.txt"), dir.resolve("one")), handler);
        assertEquals(List.of("b.txt", "a.txt"), handler.sourceIds());
    }

    @Test
    void duplicateSourceIdKeepsTheFirstAndWarns() throws IOException {
        write("a/same.txt", STORY);
        write("b/same.txt", "A different report about the terminal opening.");
        RecordingHandler handler = scan(dir);
        assertEquals(List.of("same.txt"), handler.sourceIds());
        assertEquals(STORY, handler.article("same.txt").text());
        IngestWarning warning = handler.warningContaining("duplicate source id").orElseThrow();
        assertTrue(warning.origin().contains("b"), warning.origin());
    }

    @Test
    void missingAndUnsupportedInputsAreReported() throws IOException {
        write("photo.png", "not really an image");
        RecordingHandler handler = new RecordingHandler();
        InputScanner.scan(List.of(dir.resolve("nothing-here"), dir.resolve("photo.png")), handler);
        assertTrue(handler.articles.isEmpty());
        assertTrue(handler.hasWarningContaining("no such file or directory"));
        assertTrue(handler.hasWarningContaining("not a supported input"));
    }

    @Test
    void removesBoilerplateFromEveryFormat() throws IOException {
        write("story.txt", "Skip to content\n\n" + STORY + "\n\nSign up for our newsletter");
        write("feed.jsonl", "{\"id\": \"j\", \"text\": \"" + STORY + "\\n\\nRELATED: Another story\"}\n");
        RecordingHandler handler = scan(dir);
        assertEquals(STORY, handler.article("story.txt").text());
        assertEquals(STORY, handler.article("j").text());
    }

    @Test
    void removesBoilerplateThatReadabilityKeptInHtml() {
        RecordingHandler handler = scan(TestFiles.fixture("html"));
        String text = handler.article("ministry-statement.html").text();
        assertFalse(text.contains("newsletter"), text);
        assertTrue(text.endsWith("leaving several villages on the other side of the old line."), text);
    }

    @Test
    void articleWithNothingButBoilerplateIsReported() throws IOException {
        write("menu.txt", "Skip to content\nSubscribe\nRead more");
        RecordingHandler handler = scan(dir);
        assertTrue(handler.articles.isEmpty());
        assertTrue(handler.hasWarningContaining("no article text left"));
    }

    @Test
    void oneBadFileDoesNotStopTheRun() throws IOException {
        write("a.jsonl.gz", "this is not gzip");
        write("b.txt", STORY);
        RecordingHandler handler = scan(dir);
        assertEquals(List.of("b.txt"), handler.sourceIds());
        assertTrue(handler.hasWarningContaining("not gzip"));
        assertFalse(handler.warnings.isEmpty());
    }

    private RecordingHandler scan(Path input) {
        RecordingHandler handler = new RecordingHandler();
        InputScanner.scan(List.of(input), handler);
        return handler;
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
