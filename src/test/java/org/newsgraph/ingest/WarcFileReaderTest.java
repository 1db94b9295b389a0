package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcFileReaderTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Harbour talks resume</title>
            <meta property="og:site_name" content="Coast Courier"></head>
            <body><article><h1>Harbour talks resume</h1>
            <p>The two port authorities met on Tuesday to discuss the disputed harbour fees and agreed to meet again.</p>
            <p>A spokeswoman for the northern authority said the talks had been useful and would continue next month.</p>
            </article></body></html>""";

    @Test
    void readsHtmlResponsesWithUrlAndDateFromTheRecordHeaders() throws IOException {
        Path warc = write("crawl.warc", false, response("https://coast.example/harbour", "text/html; charset=utf-8", PAGE),
                warcinfo());
        RecordingHandler handler = read(warc);
        Article article = handler.article("https://coast.example/harbour");
        assertEquals("https://coast.example/harbour", article.url());
        assertEquals(LocalDate.of(2023, 4, 19), article.published(), "the capture date when the page states none");
        assertEquals("Harbour talks resume", article.title());
        assertTrue(article.text().contains("agreed to meet again"), article.text());
        assertEquals(List.of(), handler.warnings);
    }

    @Test
    void readsGzippedArchivesOneMemberPerRecord() throws IOException {
        Path warc = write("crawl.warc.gz", true, response("https://coast.example/a", "text/html", PAGE),
                response("https://coast.example/b", "text/html", PAGE.replace("Tuesday", "Friday")));
        assertEquals(List.of("https://coast.example/a", "https://coast.example/b"), read(warc).sourceIds());
    }

    @Test
    void skipsNonHtmlAndDuplicateRecordsWithAWarningEach() throws IOException {
        Path warc = write("crawl.warc.gz", true,
                response("https://coast.example/a", "text/html", PAGE),
                response("https://coast.example/logo.png", "image/png", "not really a picture"),
                response("https://coast.example/a", "text/html", PAGE.replace("Tuesday", "Monday")),
                response("https://coast.example/copy-of-a", "text/html", PAGE));
        RecordingHandler handler = read(warc);
        assertEquals(List.of("https://coast.example/a"), handler.sourceIds());
        assertEquals(3, handler.warnings.size(), handler.warnings.toString());
        assertTrue(handler.hasWarningContaining("logo.png): not an HTML page (image/png); skipped"), handler.warnings.toString());
        assertTrue(handler.warningContaining("(https://coast.example/a): duplicate of").isPresent(), handler.warnings.toString());
        assertTrue(handler.hasWarningContaining("(https://coast.example/copy-of-a): duplicate of"), handler.warnings.toString());
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = records(false, response("https://coast.example/a", "text/html", PAGE),
                response("https://coast.example/b", "text/html", PAGE.replace("Tuesday", "Friday")));
        Path warc = dir.resolve("cut.warc");
        Files.write(warc, Arrays.copyOf(whole, whole.length - 200));
        RecordingHandler handler = read(warc);
        assertEquals(List.of("https://coast.example/a"), handler.sourceIds());
        assertEquals(1, handler.warnings.size(), handler.warnings.toString());
        assertTrue(handler.hasWarningContaining("damaged or cut off"), handler.warnings.toString());
    }

    @Test
    void aBrokenGzipMemberIsNamedAndTheRestIsRead() throws IOException {
        byte[] first = gzip(response("https://coast.example/a", "text/html", PAGE));
        byte[] broken = gzip(response("https://coast.example/b", "text/html", PAGE.replace("Tuesday", "Friday")));
        for (int i = 40; i < broken.length - 20; i += 7) broken[i] ^= 0x5a;
        byte[] third = gzip(response("https://coast.example/c", "text/html", PAGE.replace("Tuesday", "Sunday")));
        byte[] fourth = gzip(response("https://coast.example/d", "text/html", PAGE.replace("Tuesday", "Monday")));
        byte[] lastBroken = broken.clone();
        Path warc = dir.resolve("broken.warc.gz");
        Files.write(warc, concat(first, broken, third, fourth, lastBroken));
        RecordingHandler handler = read(warc);
        assertEquals(List.of("https://coast.example/a", "https://coast.example/c", "https://coast.example/d"),
                handler.sourceIds());
        assertEquals(2, handler.warnings.size(), handler.warnings.toString());
        int lastStart = first.length + broken.length + third.length + fourth.length;
        assertTrue(handler.hasWarningContaining("broken.warc.gz record at byte " + first.length + ": damaged or cut off"),
                handler.warnings.toString());
        assertTrue(handler.hasWarningContaining("broken.warc.gz record at byte " + lastStart + ": damaged or cut off"),
                handler.warnings.toString());
    }

    @Test
    void theScannerTakesWarcFilesFromDirectories() throws IOException {
        write("crawl.warc.gz", true, response("https://coast.example/a", "text/html", PAGE));
        RecordingHandler handler = new RecordingHandler();
        InputScanner.scan(List.of(dir), handler);
        assertEquals(List.of("https://coast.example/a"), handler.sourceIds());
    }

    private RecordingHandler read(Path warc) throws IOException {
        RecordingHandler handler = new RecordingHandler();
        new WarcFileReader().read(warc, handler);
        return handler;
    }

    private Path write(String name, boolean gzip, byte[]... records) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, records(gzip, records));
        return file;
    }

    private static byte[] records(boolean gzip, byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) out.write(gzip ? gzip(record) : record);
        return out.toByteArray();
    }

    private static byte[] response(String url, String contentType, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        return record("response", url, "application/http; msgtype=response",
                concat(http.getBytes(StandardCharsets.US_ASCII), body));
    }

    private static byte[] warcinfo() {
        return record("warcinfo", null, "application/warc-fields", "software: a test\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] record(String type, String url, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2023-04-19T10:00:00Z\r\n" + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }
}
