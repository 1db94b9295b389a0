package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

class TxtReaderTest {
    private final Path fixtures = TestFiles.fixture("txt");

    @Test
    void takesMetadataFromManifestColumnsInHeaderOrder() throws IOException {
        RecordingHandler handler = read("alpha.txt");
        Article alpha = handler.article("alpha.txt");
        assertEquals("Harbour talks resume", alpha.title());
        assertEquals(LocalDate.of(2021, 3, 5), alpha.published());
        assertEquals("Coastal Herald", alpha.publisher());
        assertEquals("https://example.org/alpha", alpha.url());
        assertTrue(alpha.text().startsWith("The harbour authority said on Friday"));
        assertTrue(alpha.origin().endsWith("alpha.txt"));
    }

    @Test
    void emptyManifestColumnsBecomeNull() throws IOException {
        Article beta = read("beta.txt").article("beta.txt");
        assertNull(beta.title(), "a missing title is not guessed");
        assertNull(beta.publisher());
        assertNull(beta.url());
        assertEquals(LocalDate.of(2021, 3, 6), beta.published());
    }

    @Test
    void manifestRowNamingMissingFileIsReportedWithLine() throws IOException {
        RecordingHandler handler = read("alpha.txt");
        IngestWarning warning = handler.warningContaining("missing.txt").orElseThrow();
        assertTrue(warning.origin().endsWith("manifest.csv:4"), warning.origin());
    }

    @Test
    void unparsableManifestDateIsReportedAndLeftNull() throws IOException {
        RecordingHandler handler = read("gamma.txt");
        assertNull(handler.article("gamma.txt").published());
        IngestWarning warning = handler.warningContaining("5 March").orElseThrow();
        assertTrue(warning.origin().endsWith("manifest.csv:5"), warning.origin());
        assertEquals("Bad date", handler.article("gamma.txt").title());
    }

    @Test
    void fileWithoutManifestRowGetsNoMetadataAndNoWarning() throws IOException {
        TxtReader reader = new TxtReader();
        RecordingHandler handler = new RecordingHandler();
        reader.read(fixtures.resolve("alpha.txt"), handler);
        int warningsAfterManifest = handler.warnings.size();
        reader.read(fixtures.resolve("delta.txt"), handler);
        Article delta = handler.article("delta.txt");
        assertNull(delta.title());
        assertNull(delta.published());
        assertEquals(warningsAfterManifest, handler.warnings.size(), "manifest warnings appear once per run");
    }

    @Test
    void directoryWithoutManifestWorks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("solo.txt"), "The ferry service restarted after repairs.");
        RecordingHandler handler = new RecordingHandler();
        new TxtReader().read(dir.resolve("solo.txt"), handler);
        assertEquals("The ferry service restarted after repairs.", handler.article("solo.txt").text());
        assertTrue(handler.warnings.isEmpty());
    }

    @Test
    void manifestWithoutFileColumnIsIgnoredWithWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.csv"), "name,published\nsolo.txt,2020-01-01\n");
        Files.writeString(dir.resolve("solo.txt"), "Talks ended without agreement.");
        RecordingHandler handler = read(dir, "solo.txt");
        assertNull(handler.article("solo.txt").published());
        assertTrue(handler.hasWarningContaining("no \"file\" column"));
    }

    @Test
    void duplicateManifestRowKeepsTheFirst(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.csv"), "file,title\nsolo.txt,First\nsolo.txt,Second\n");
        Files.writeString(dir.resolve("solo.txt"), "Talks ended without agreement.");
        RecordingHandler handler = read(dir, "solo.txt");
        assertEquals("First", handler.article("solo.txt").title());
        assertTrue(handler.hasWarningContaining("second row"));
    }

    @Test
    void emptyFileIsReportedWithoutArticle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        RecordingHandler handler = read(dir, "empty.txt");
        assertTrue(handler.articles.isEmpty());
        assertTrue(handler.hasWarningContaining("empty"));
    }

    @Test
    void binaryFileIsReportedWithoutArticle(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7);
        Files.write(dir.resolve("image.txt"), bytes);
        RecordingHandler handler = read(dir, "image.txt");
        assertTrue(handler.articles.isEmpty());
        assertTrue(handler.hasWarningContaining("binary"));
    }

    @Test
    void invalidUtf8IsReplacedAndReportedButTheArticleStays(@TempDir Path dir) throws IOException {
        byte[] prefix = "The mayor of ".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Kr\u00f6nberg resigned.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[prefix.length + latin1.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(latin1, 0, bytes, prefix.length, latin1.length);
        Files.write(dir.resolve("latin1.txt"), bytes);
        RecordingHandler handler = read(dir, "latin1.txt");
        assertEquals("The mayor of Kr\uFFFDnberg resigned.", handler.article("latin1.txt").text());
        assertTrue(handler.hasWarningContaining("invalid UTF-8"));
    }

    @Test
    void acceptsOnlyTxtFiles() {
        TxtReader reader = new TxtReader();
        assertTrue(reader.accepts(Path.of("a/NEWS.TXT")));
        assertFalse(reader.accepts(Path.of("a/manifest.csv")));
        assertFalse(reader.accepts(Path.of("a/.txt")));
    }

    private RecordingHandler read(String file) throws IOException {
        return read(fixtures, file);
    }

    private static RecordingHandler read(Path dir, String file) throws IOException {
        RecordingHandler handler = new RecordingHandler();
        new TxtReader().read(dir.resolve(file), handler);
        return handler;
    }
}
