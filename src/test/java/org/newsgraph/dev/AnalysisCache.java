package org.newsgraph.dev;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.nlp.EntityMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/**
 * CoreNLP analyses kept on disk by a hash of text and date, so that developer tools re-running
 * the extractors over the same articles load the language models once, not on every run. What is
 * kept is NlpPipeline's result, parse repairs applied: after changing one, delete the folder.
 */
public final class AnalysisCache {
    private final Path directory;
    // Jackson also writes the records' derived getters (Token.isTemporal() as "temporal"); reading
    // them back must not fail, the record's components are all that is needed.
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public AnalysisCache(Path directory) {
        this.directory = directory;
    }

    public AnalyzedText analyze(String text, LocalDate date) {
        Path file = directory.resolve(key(text, date) + ".json");
        try {
            if (Files.isRegularFile(file)) {
                Stored stored = json.readValue(file.toFile(), Stored.class);
                return new AnalyzedText(stored.text(), stored.date() == null ? null : LocalDate.parse(stored.date()),
                        stored.sentences(), stored.mentions());
            }
            AnalyzedText analyzed = NlpPipeline.shared().analyze(text, date);
            Files.createDirectories(directory);
            json.writeValue(file.toFile(), new Stored(analyzed.text(),
                    date == null ? null : date.toString(), analyzed.sentences(), analyzed.mentions()));
            return analyzed;
        } catch (IOException e) {
            throw new UncheckedIOException("Analysis cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** AnalyzedText with its date as text: Jackson reads java.time only with an extra module. */
    record Stored(String text, String date, List<Sentence> sentences, List<EntityMention> mentions) {
    }

    private static String key(String text, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((date + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
