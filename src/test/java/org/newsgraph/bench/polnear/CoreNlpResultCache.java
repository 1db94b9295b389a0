package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.PolnearDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CoreNLP's results of earlier runs, so that re-measuring newsgraph after a change takes minutes
 * instead of a quarter of an hour: CoreNLP's output does not change when newsgraph does. An entry
 * is used only for the same text (SHA-256) and the same annotators.
 */
final class CoreNlpResultCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Entry(String sha256, CoreNlpResult result) {
    }

    record Contents(String annotators, Map<String, Entry> texts) {
    }

    private final Map<String, Entry> entries;

    private CoreNlpResultCache(Map<String, Entry> entries) {
        this.entries = new TreeMap<>(entries);
    }

    static CoreNlpResultCache empty() {
        return new CoreNlpResultCache(Map.of());
    }

    /** The cache in {@code file}; empty when there is none or it was made with other annotators. */
    static CoreNlpResultCache load(Path file) {
        if (!Files.isRegularFile(file)) return empty();
        try {
            Contents contents = JSON.readValue(file.toFile(), Contents.class);
            if (!CoreNlpQuoteAttribution.ANNOTATORS.equals(contents.annotators())) return empty();
            return new CoreNlpResultCache(contents.texts());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CoreNLP cache " + file + "; delete it to recompute", e);
        }
    }

    Optional<CoreNlpResult> get(PolnearDocument document) {
        Entry entry = entries.get(document.name());
        return entry != null && entry.sha256().equals(sha256(document.text()))
                ? Optional.of(entry.result()) : Optional.empty();
    }

    void put(PolnearDocument document, CoreNlpResult result) {
        entries.put(document.name(), new Entry(sha256(document.text()), result));
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), new Contents(CoreNlpQuoteAttribution.ANNOTATORS, entries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CoreNLP cache " + file, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
