package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads .jsonl and .jsonl.gz files line by line, one article a line, so files of any size stream.
 * A bad line is reported as "file:line" and skipped; the rest of the file is still read.
 */
public final class JsonlReader implements ArticleReader {
    private static final int MAX_LINE_BYTES = (int) DocumentFile.MAX_BYTES;
    /** After this many bad lines the file is probably not JSONL at all; a summary replaces the flood. */
    private static final int MAX_LINE_WARNINGS = 50;

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, "jsonl", "jsonl.gz");
    }

    @Override
    public void read(Path file, ArticleHandler handler) throws IOException {
        try (InputStream in = open(file)) {
            read(in, file.toString(), handler);
        }
    }

    /** Streams the articles of JSONL read from {@code in}; warnings name their origin {@code name}:line. */
    static void read(InputStream in, String name, ArticleHandler handler) throws IOException {
        LineWarnings warnings = new LineWarnings(name, handler);
        try {
            readLines(new ByteLineReader(in, MAX_LINE_BYTES), warnings, handler);
        } finally {
            warnings.summarise();
        }
    }

    private static void readLines(ByteLineReader lines, LineWarnings warnings, ArticleHandler handler)
            throws IOException {
        long lastLine = 0;
        try {
            ByteLineReader.Line line;
            while ((line = lines.next()) != null) {
                lastLine = line.number();
                readLine(line, warnings, handler);
            }
        } catch (IOException e) {
            throw new IOException("reading stopped after line " + lastLine + " (" + e.getMessage()
                    + "); the file may be truncated or damaged", e);
        }
    }

    private static void readLine(ByteLineReader.Line line, LineWarnings warnings, ArticleHandler handler) {
        String origin = warnings.file() + ":" + line.number();
        if (line.tooLong()) {
            warnings.add(origin, "line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB; skipped."
                    + " Split the article, or check that the file has one article a line");
            return;
        }
        DecodedText decoded = Utf8Decoder.decode(line.bytes());
        if (decoded.text().isBlank()) return;
        if (decoded.hadMalformedInput()) {
            warnings.add(origin, decoded.malformedSequences()
                    + " invalid UTF-8 byte sequence(s) replaced by U+FFFD; re-save the file as UTF-8 for exact text");
        }
        try {
            handler.article(JsonlArticleParser.parse(decoded.text(), origin, problem -> warnings.add(origin, problem)));
        } catch (JsonlArticleParser.RejectedLine rejected) {
            warnings.add(origin, rejected.getMessage());
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        if (!FileNames.hasExtension(file, "gz")) return raw;
        try {
            return new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024), 64 * 1024);
        } catch (IOException e) {
            raw.close();
            throw new IOException("not gzip data (" + e.getMessage() + "); a .jsonl.gz file must be gzip-compressed", e);
        }
    }

    /** Passes line warnings on up to a limit, then counts the rest. */
    private static final class LineWarnings {
        private final String file;
        private final ArticleHandler handler;
        private int count;

        LineWarnings(String file, ArticleHandler handler) {
            this.file = file;
            this.handler = handler;
        }

        String file() {
            return file;
        }

        void add(String origin, String message) {
            count++;
            if (count <= MAX_LINE_WARNINGS) handler.warning(new IngestWarning(origin, message));
        }

        void summarise() {
            if (count > MAX_LINE_WARNINGS) {
                handler.warning(new IngestWarning(file, (count - MAX_LINE_WARNINGS)
                        + " more line warnings not shown; is this really a JSONL file (one JSON object a line)?"));
            }
        }
    }
}
