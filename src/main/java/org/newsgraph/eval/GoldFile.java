package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A gold file: hand-made reference facts per article (format: ../shared/gold/README.md).
 *
 * @param articles        the annotated articles
 * @param annotatorNotes  free text for people ("annotator_notes"), or null
 */
public record GoldFile(@JsonProperty("articles") List<GoldArticle> articles,
                       @JsonProperty("annotator_notes") String annotatorNotes) {

    /*
     * Unknown fields are errors: a misspelt "target" would otherwise silently loosen the scoring.
     * Enum values are case-insensitive because the format writes "Person" and "asserted".
     * A single string is accepted where a list is expected ("speaker": "Q1" or ["Q1", "Q2"]).
     * Comments are allowed because the README's example carries them.
     */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build()
            .readerFor(GoldFile.class);

    public GoldFile {
        if (articles == null) {
            throw new IllegalArgumentException("\"articles\" is missing; expected a list of articles");
        }
        articles = List.copyOf(articles);
    }

    /** Reads a gold file; format errors name the file and the JSON path of the faulty value. */
    public static GoldFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads gold JSON from a stream; {@code sourceName} names it in error messages. */
    public static GoldFile read(InputStream in, String sourceName) throws IOException {
        try {
            GoldFile gold = READER.readValue(in);
            if (gold == null) {
                throw new GoldFormatException(sourceName + " is empty; expected {\"articles\": [...]}", null);
            }
            return gold;
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(sourceName + ": " + GoldErrorMessages.describe(e)
                    + " (the gold format is described in gold/README.md)", e);
        }
    }
}
