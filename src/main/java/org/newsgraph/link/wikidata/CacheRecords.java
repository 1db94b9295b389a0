package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The cache's own JSON for search answers and items: compact, and only what linking reads. */
final class CacheRecords {
    static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CacheRecords() {
    }

    static ObjectNode search(String key, List<SearchHit> hits, LocalDate fetched) {
        ObjectNode line = header(fetched);
        line.put("search", key);
        ArrayNode array = line.putArray("hits");
        for (SearchHit hit : hits) {
            array.addObject().put("id", hit.id()).put("label", hit.label()).put("description", hit.description())
                    .put("match", hit.matchText());
        }
        return line;
    }

    static List<SearchHit> hits(JsonNode line) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : line.path("hits")) {
            hits.add(new SearchHit(hit.path("id").asText(), hit.path("label").asText(""),
                    hit.path("description").asText(""), hit.path("match").asText(null)));
        }
        return hits;
    }

    static ObjectNode entity(WikidataEntity e, LocalDate fetched) {
        ObjectNode line = header(fetched);
        line.put("id", e.id()).put("label", e.label()).put("description", e.description());
        strings(line.putArray("aliases"), e.aliases());
        strings(line.putArray("P31"), e.instanceOf());
        strings(line.putArray("P279"), e.subclassOf());
        strings(line.putArray("P27"), e.citizenship());
        strings(line.putArray("P17"), e.country());
        strings(line.putArray("P1001"), e.jurisdiction());
        ArrayNode positions = line.putArray("P39");
        for (HeldPosition p : e.positions()) {
            ObjectNode position = positions.addObject().put("id", p.positionId());
            date(position, "start", p.start());
            date(position, "end", p.end());
        }
        date(line, "born", e.born());
        date(line, "died", e.died());
        return line;
    }

    static WikidataEntity entity(JsonNode line) {
        List<HeldPosition> positions = new ArrayList<>();
        for (JsonNode p : line.path("P39")) {
            positions.add(new HeldPosition(p.path("id").asText(), date(p, "start"), date(p, "end")));
        }
        return new WikidataEntity(line.path("id").asText(), line.path("label").asText(""),
                line.path("description").asText(""), strings(line, "aliases"), strings(line, "P31"),
                strings(line, "P279"), strings(line, "P27"), strings(line, "P17"), strings(line, "P1001"),
                positions, date(line, "born"), date(line, "died"));
    }

    private static ObjectNode header(LocalDate fetched) {
        ObjectNode line = NODES.objectNode();
        line.put("v", VERSION);
        line.put("fetched", fetched.toString());
        return line;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode line, String field) {
        List<String> values = new ArrayList<>();
        line.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void date(ObjectNode node, String field, LocalDate date) {
        if (date != null) node.put(field, date.toString());
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
