package org.newsgraph.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlReaderTest {
    private final Path fixture = TestFiles.fixture("jsonl/articles.jsonl");

    @Test
    void readsEveryWellFormedLine() throws IOException {
        RecordingHandler handler = read(fixture);
        assertEquals(java.util.List.of("a-1", "a-2", "a-4", "5"), handler.sourceIds());
        Article first = handler.article("a-1");
        assertEquals("Dam project approved", first.title());
        assertEquals("River News", first.publisher());
        assertEquals("https://example.net/a1", first.url());
        assertEquals(LocalDate.of(2023, 6, 1), first.published());
        assertEquals("The national assembly approved the dam project on Thursday.\n\n"
                + "Opponents said they would appeal to the constitutional court.", first.text());
        assertTrue(first.origin().endsWith("articles.jsonl:1"), first.origin());
    }

    @Test
    void dateTimeKeepsItsOwnDate() throws IOException {
        assertEquals(LocalDate.of(2023, 6, 2), read(fixture).article("a-2").published());
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws IOException {
        RecordingHandler handler = read(fixture);
        assertWarning(handler, ":4", "not valid JSON");
        assertWarning(handler, ":5", "no \"text\"");
        assertWarning(handler, ":6", "no \"id\"");
        assertWarning(handler, ":8", "not a JSON object");
        assertWarning(handler, ":10", "not valid JSON");
        assertFalse(handler.warnings.stream().anyMatch(w -> w.origin().endsWith(":3")), "blank lines are skipped");
    }

    @Test
    void unparsableDateKeepsTheArticleWithoutDate() throws IOException {
        RecordingHandler handler = read(fixture);
        assertNull(handler.article("a-4").published());
        assertWarning(handler, ":7", "early June");
    }

    @Test
    void readsGzipCompressedFiles(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(fixture, out);
        }
        RecordingHandler handler = read(gz);
        assertEquals(java.util.List.of("a-1", "a-2", "a-4", "5"), handler.sourceIds());
        assertTrue(handler.article("a-1").origin().endsWith("articles.jsonl.gz:1"));
    }

    @Test
    void truncatedGzipKeepsArticlesReadBeforeTheDamage(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("cut.jsonl.gz");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\": \"n-").append(i).append("\", \"text\": \"Report number ").append(i)
                    .append(" on the harbour negotiations and the state of the fishing fleet.\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(whole, whole.length / 2));
        RecordingHandler handler = new RecordingHandler();
        IOException e = assertThrows(IOException.class, () -> new JsonlReader().read(gz, handler));
        assertTrue(e.getMessage().contains("after line"), e.getMessage());
        assertFalse(handler.articles.isEmpty());
    }

    @Test
    void fileThatIsNotGzipFailsWithClearMessage(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("plain.jsonl.gz");
        Files.copy(fixture, fake);
        IOException e = assertThrows(IOException.class, () -> new JsonlReader().read(fake, new RecordingHandler()));
        assertTrue(e.getMessage().contains("not gzip"), e.getMessage());
    }

    @Test
    void invalidUtf8IsReplacedAndReportedForItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        byte[] line = "{\"id\": \"x\", \"text\": \"Caf\u00e9 owners protested.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, line);
        RecordingHandler handler = read(file);
        assertEquals("Caf\uFFFD owners protested.", handler.article("x").text());
        assertWarning(handler, ":1", "invalid UTF-8");
    }

    @Test
    void windowsLineEndingsAreAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crlf.jsonl");
        Files.writeString(file, "{\"id\": \"w1\", \"text\": \"One.\"}\r\n{\"id\": \"w2\", \"text\": \"Two.\"}\r\n");
        RecordingHandler handler = read(file);
        assertEquals(java.util.List.of("w1", "w2"), handler.sourceIds());
        assertTrue(handler.warnings.isEmpty(), handler.warnings.toString());
    }

    @Test
    void aFileOfGarbageYieldsASummaryInsteadOfThousandsOfWarnings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("garbage.jsonl");
        Files.writeString(file, "not json\n".repeat(500));
        RecordingHandler handler = read(file);
        assertTrue(handler.warnings.size() < 100, "got " + handler.warnings.size() + " warnings");
        assertTrue(handler.hasWarningContaining("more line warnings"));
    }

    @Test
    void acceptsJsonlAndCompressedJsonl() {
        JsonlReader reader = new JsonlReader();
        assertTrue(reader.accepts(Path.of("x.jsonl")));
        assertTrue(reader.accepts(Path.of("x.JSONL.GZ")));
        assertFalse(reader.accepts(Path.of("x.json")));
        assertFalse(reader.accepts(Path.of("x.gz")));
    }

    private static RecordingHandler read(Path file) throws IOException {
        RecordingHandler handler = new RecordingHandler();
        new JsonlReader().read(file, handler);
        return handler;
    }

    private static void assertWarning(RecordingHandler handler, String originSuffix, String text) {
        assertTrue(handler.warnings.stream().anyMatch(w -> w.origin().endsWith(originSuffix) && w.message().contains(text)),
                "no warning at " + originSuffix + " containing \"" + text + "\" in " + handler.warnings);
    }
}
