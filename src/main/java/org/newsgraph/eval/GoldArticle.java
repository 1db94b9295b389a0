package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The gold facts of one article, named by the file it was read from or by its corpus id.
 *
 * @param file       file name of a .txt/.html input, or null when {@code id} is given
 * @param id         the JSONL id of a corpus article, or null when {@code file} is given
 */
public record GoldArticle(@JsonProperty("file") String file,
                          @JsonProperty("id") String id,
                          @JsonProperty("entities") List<GoldEntity> entities,
                          @JsonProperty("statements") List<GoldStatement> statements,
                          @JsonProperty("events") List<GoldEvent> events) {
    public GoldArticle {
        if ((file == null) == (id == null)) {
            throw new IllegalArgumentException(
                    "an article needs exactly one of \"file\" (a file name) or \"id\" (a corpus id)");
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        statements = statements == null ? List.of() : List.copyOf(statements);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The value the graph's ng:sourceId must have for this article. */
    public String sourceId() {
        return file != null ? file : id;
    }
}
