package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a file that holds one document (.txt, .html) as text, with the checks every such format
 * needs: too big, empty, binary, invalid UTF-8. Problems become warnings, not exceptions, because one
 * bad file must not stop a run over thousands.
 */
final class DocumentFile {
    /** Far above any news article; a bigger "article" is a mis-named dump or log. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private DocumentFile() {
    }

    /** The file's text, or empty after a warning when the file holds no usable text. */
    static Optional<String> load(Path file, ArticleHandler handler) throws IOException {
        String origin = file.toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return warn(handler, origin, String.format("file has %,d bytes, more than the %,d (%d MiB) an article"
                    + " can have; skipped. Split it or remove it from the input", size, MAX_BYTES, MAX_BYTES >> 20));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (BinaryContent.looksBinary(bytes)) {
            return warn(handler, origin, "file holds binary data (control bytes), not text; skipped."
                    + " Convert it to UTF-8 text or remove it from the input");
        }
        DecodedText decoded = Utf8Decoder.decode(bytes);
        if (decoded.text().isBlank()) {
            return warn(handler, origin, "file is empty; skipped. Put the article text in it or remove it from the input");
        }
        if (decoded.hadMalformedInput()) {
            handler.warning(new IngestWarning(origin, decoded.malformedSequences()
                    + " invalid UTF-8 byte sequence(s) replaced by U+FFFD; re-save the file as UTF-8 for exact text"));
        }
        return Optional.of(decoded.text());
    }

    private static Optional<String> warn(ArticleHandler handler, String origin, String message) {
        handler.warning(new IngestWarning(origin, message));
        return Optional.empty();
    }
}
