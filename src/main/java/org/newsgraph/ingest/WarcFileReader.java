package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.newsgraph.model.Article;

/**
 * Reads web archives (.warc, .warc.gz; the format of crawlers and of Common Crawl's news crawl) with
 * jwarc: every response record of an HTML page goes through the HTML path ({@link HtmlReader}), with
 * the URL from the record's WARC-Target-URI and, when the page states no publication date, the
 * record's WARC-Date (the capture date, the closest date known). The source id is the URL.
 * <p>
 * Other record types (warcinfo, request, metadata) carry no page and are passed over; responses that
 * are not HTML pages, unsuccessful responses, revisits and second captures of a URL or of the same
 * content are skipped with a warning each. A damaged record (a broken gzip member, a cut-off body) is
 * named by its byte offset and URL, and reading goes on at the next record start found after it, so
 * one bad record never costs the rest of a multi-gigabyte archive.
 */
public final class WarcFileReader implements ArticleReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, "warc", "warc.gz");
    }

    @Override
    public void read(Path file, ArticleHandler handler) throws IOException {
        Captures captures = new Captures();
        boolean gzip = FileNames.hasExtension(file, "gz");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            while (start >= 0 && start < channel.size()) {
                start = readFrom(channel, start, file.toString(), gzip, captures, handler);
            }
        }
    }

    /** Reads records from {@code start} on; returns where to go on after a damaged record, or -1 at the end. */
    private static long readFrom(FileChannel channel, long start, String file, boolean gzip, Captures captures,
                                 ArticleHandler handler) throws IOException {
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        channel.position(start);
        long recordStart = -1;
        String target = null;
        boolean inRecord = false;
        try {
            WarcReader reader = new WarcReader(channel);
            reader.onWarning(message -> handler.warning(new IngestWarning(file + " at byte " + reader.position(),
                    "WARC: " + message)));
            while (true) {
                inRecord = false;
                target = null;
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) return -1;
                inRecord = true;
                recordStart = reader.position();
                WarcRecord record = next.get();
                if (record instanceof WarcResponse response) {
                    target = response.target();
                    readResponse(response, file + " record at byte " + recordStart, captures, handler);
                } else if (record instanceof WarcRevisit revisit) {
                    handler.warning(new IngestWarning(file + " record at byte " + recordStart, "revisit record of "
                            + revisit.target() + " (a duplicate capture without the page); skipped"));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the record being read, or else the one after the last good record, is the damaged one
            long damaged = inRecord ? recordStart
                    : recordStart < 0 ? start : Math.max(nextRecordStart(channel, recordStart + 1, magic), recordStart + 1);
            String what = target == null ? "" : " (" + target + ")";
            long resume = nextRecordStart(channel, damaged + 1, magic);
            handler.warning(new IngestWarning(file + " record at byte " + damaged + what, "damaged or cut off ("
                    + message(e) + "); skipped" + (resume < 0 ? ", and nothing readable follows it"
                    : ", reading on at byte " + resume) + ". Fetch the archive again if records are missing"));
            return resume;
        }
    }

    private static void readResponse(WarcResponse response, String origin, Captures captures,
                                     ArticleHandler handler) throws IOException {
        String url = response.target();
        HttpResponse http = response.http();
        if (http.status() != 200) {
            skip(handler, origin, url, "HTTP status " + http.status() + ", not a page");
            return;
        }
        MediaType type = http.contentType();
        if (!HTML_TYPES.contains(type.base().toString())) {
            skip(handler, origin, url, "not an HTML page (" + type.base() + ")");
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) DocumentFile.MAX_BYTES + 1);
        }
        if (body.length > DocumentFile.MAX_BYTES) {
            skip(handler, origin, url, "page larger than " + (DocumentFile.MAX_BYTES >> 20) + " MiB");
            return;
        }
        Optional<String> earlier = captures.firstOf(url, body, origin);
        if (earlier.isPresent()) {
            skip(handler, origin, url, "duplicate of " + earlier.get());
            return;
        }
        String recordOrigin = origin + " (" + url + ")";
        LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
        HtmlReader.article(decode(body, type, recordOrigin, handler), url, recordOrigin, handler)
                .map(article -> new Article(article.sourceId(), article.text(), article.title(),
                        article.published() != null ? article.published() : captured, article.publisher(), url,
                        article.origin()))
                .ifPresent(handler::article);
    }

    private static String decode(byte[] body, MediaType type, String origin, ArticleHandler handler) {
        String charset = type.parameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            try {
                return new String(body, Charset.forName(charset.trim()));
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to UTF-8, the web's usual encoding, with a note of replaced bytes
            }
        }
        DecodedText decoded = Utf8Decoder.decode(body);
        if (decoded.hadMalformedInput()) {
            handler.warning(new IngestWarning(origin, decoded.malformedSequences()
                    + " invalid UTF-8 byte sequence(s) replaced by U+FFFD"));
        }
        return decoded.text();
    }

    private static void skip(ArticleHandler handler, String origin, String url, String reason) {
        handler.warning(new IngestWarning(origin + " (" + url + ")", reason + "; skipped"));
    }

    /** The first offset at or after {@code from} where {@code magic} starts, or -1. */
    static long nextRecordStart(FileChannel channel, long from, byte[] magic) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long base = from;
        while (base < channel.size()) {
            buffer.clear();
            int read = channel.read(buffer, base);
            if (read <= 0) return -1;
            byte[] bytes = buffer.array();
            for (int i = 0; i + magic.length <= read; i++) {
                if (startsWith(bytes, i, magic)) return base + i;
            }
            if (read < magic.length) return -1;
            base += read - magic.length + 1;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (bytes[at + j] != magic[j]) return false;
        }
        return true;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** The captures already read from this file, by URL and by payload digest. */
    private static final class Captures {
        private final Map<String, String> byKey = new HashMap<>();

        /** Where this URL or page content was read before, or empty (and remembered) when it is new. */
        Optional<String> firstOf(String url, byte[] page, String origin) {
            String payloadDigest = sha256(page);
            String first = byKey.get("url " + url);
            if (first == null) first = byKey.get("digest " + payloadDigest);
            if (first != null) return Optional.of(first);
            byKey.put("url " + url, origin);
            byKey.put("digest " + payloadDigest, origin);
            return Optional.empty();
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
