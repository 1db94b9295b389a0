package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import org.newsgraph.model.Article;

/**
 * Turns one JSONL line into an Article: fields id and text (required), url, title, published
 * (a date or a date-time) and publisher (optional).
 */
final class JsonlArticleParser {
    /** Why a line yields no article, to be shown with its file and line. */
    static final class RejectedLine extends Exception {
        RejectedLine(String message) {
            super(message, null, false, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticleParser() {
    }

    /**
     * @param problems receives problems that still leave an article (an unparsable date)
     * @throws RejectedLine when the line holds no usable article
     */
    static Article parse(String line, String origin, Consumer<String> problems) throws RejectedLine {
        JsonNode node = readObject(line);
        String id = text(node, "id");
        if (id == null) throw new RejectedLine("no \"id\"; skipped. Give every line an \"id\" and a \"text\"");
        String body = text(node, "text");
        if (body == null) throw new RejectedLine("article \"" + id + "\" has no \"text\"; skipped."
                + " Put the article body in a \"text\" field");
        return new Article(id, body, text(node, "title"), date(node, problems), text(node, "publisher"),
                text(node, "url"), origin);
    }

    private static JsonNode readObject(String line) throws RejectedLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RejectedLine("not valid JSON (" + e.getOriginalMessage() + "); skipped."
                    + " Fix the line: each line must be one complete JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new RejectedLine("not a JSON object; skipped. Fix the line: each line must be one JSON object {...}");
        }
        return node;
    }

    private static LocalDate date(JsonNode node, Consumer<String> problems) {
        String raw = text(node, "published");
        if (raw == null) return null;
        try {
            return PublishedDates.parse(raw);
        } catch (DateTimeParseException e) {
            problems.accept(PublishedDates.rejection("published", raw));
            return null;
        }
    }

    /** A field as text when it is a string or a number; blank counts as absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) return null;
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
