package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD blocks of a page. News sites nest their article object in arrays and
 * "@graph" lists, so lookups search the whole tree for the first node carrying the property.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> blocks;

    private JsonLd(List<JsonNode> blocks) {
        this.blocks = blocks;
    }

    static JsonLd of(Document document) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                JsonNode block = JSON.readTree(script.data());
                if (block != null) blocks.add(block);
            } catch (JsonProcessingException e) {
                // broken JSON-LD is common on real pages; the other metadata sources still apply
            }
        }
        return new JsonLd(blocks);
    }

    Optional<String> datePublished() {
        return firstText("datePublished");
    }

    Optional<String> headline() {
        return firstText("headline");
    }

    /** The publisher's name: "publisher" is either an object with a "name" or a plain string. */
    Optional<String> publisherName() {
        for (JsonNode block : blocks) {
            JsonNode publisher = find(block, "publisher");
            if (publisher == null) continue;
            JsonNode name = publisher.isArray() && !publisher.isEmpty() ? publisher.get(0) : publisher;
            if (name.isObject()) name = name.get("name");
            if (name != null && name.isTextual() && !name.asText().isBlank()) return Optional.of(name.asText().strip());
        }
        return Optional.empty();
    }

    private Optional<String> firstText(String property) {
        for (JsonNode block : blocks) {
            JsonNode value = find(block, property);
            if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
            if (value != null && value.isTextual() && !value.asText().isBlank()) return Optional.of(value.asText().strip());
        }
        return Optional.empty();
    }

    /** Depth-first search for the first object holding {@code property}. */
    private static JsonNode find(JsonNode node, String property) {
        if (node.isObject() && node.has(property)) return node.get(property);
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                JsonNode found = find(child, property);
                if (found != null) return found;
            }
        }
        return null;
    }
}
