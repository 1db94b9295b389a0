package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after ingestion: boilerplate removed, metadata attached.
 *
 * @param sourceId  the input's own id: the JSONL {@code id}, or the file name of a .txt/.html
 * @param text      the article body, boilerplate removed; offsets in the graph refer to this text
 * @param title     headline, or null when unknown
 * @param published publication date, or null when unknown
 * @param publisher publisher name, or null when unknown
 * @param url       source URL, or null when unknown
 * @param origin    where the article was read from (file and line), for messages
 */
public record Article(String sourceId, String text, String title, LocalDate published,
                      String publisher, String url, String origin) {
    public Article {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        if (origin == null) origin = sourceId;
    }
}
