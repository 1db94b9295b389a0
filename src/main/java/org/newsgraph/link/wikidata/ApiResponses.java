package org.newsgraph.link.wikidata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON of the Wikibase API (wbsearchentities, wbgetentities with props
 * labels|descriptions|aliases|claims) into {@link SearchHit}s and {@link WikidataEntity}s.
 */
final class ApiResponses {
    static final String LANGUAGE = "en";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponses() {
    }

    /** The API's own error object ({"error": {"code": "maxlag", …}}), if the answer is one. */
    static Optional<ApiError> error(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isMissingNode()) return Optional.empty();
        return Optional.of(new ApiError(error.path("code").asText("unknown"), error.path("info").asText("")));
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WikidataUnavailableException("Wikidata answered with something that is not JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    static List<SearchHit> searchHits(JsonNode root) {
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode hit : root.path("search")) {
            String id = hit.path("id").asText(null);
            if (id == null) continue;
            hits.add(new SearchHit(id, hit.path("label").asText(""), hit.path("description").asText(""),
                    hit.path("match").path("text").asText(null)));
        }
        return hits;
    }

    /** The items of a wbgetentities answer by their own id (a redirect's target id); missing ones left out. */
    static Map<String, WikidataEntity> entities(JsonNode root) {
        Map<String, WikidataEntity> result = new LinkedHashMap<>();
        for (JsonNode item : root.path("entities")) {
            if (item.has("missing") || !item.has("id")) continue;
            WikidataEntity entity = entity(item);
            result.put(entity.id(), entity);
        }
        return result;
    }

    static WikidataEntity entity(JsonNode item) {
        JsonNode claims = item.path("claims");
        List<String> aliases = new ArrayList<>();
        item.path("aliases").path(LANGUAGE).forEach(a -> aliases.add(a.path("value").asText()));
        return new WikidataEntity(item.path("id").asText(),
                item.path("labels").path(LANGUAGE).path("value").asText(""),
                item.path("descriptions").path(LANGUAGE).path("value").asText(""),
                aliases,
                itemValues(claims, "P31"), itemValues(claims, "P279"), itemValues(claims, "P27"),
                itemValues(claims, "P17"), itemValues(claims, "P1001"), positions(claims),
                firstTime(claims, "P569", WikidataTime.Bound.EARLIEST),
                firstTime(claims, "P570", WikidataTime.Bound.LATEST));
    }

    private static List<String> itemValues(JsonNode claims, String property) {
        List<String> values = new ArrayList<>();
        for (JsonNode claim : trusted(claims, property)) {
            itemId(claim.path("mainsnak")).filter(v -> !values.contains(v)).ifPresent(values::add);
        }
        return values;
    }

    private static List<HeldPosition> positions(JsonNode claims) {
        List<HeldPosition> positions = new ArrayList<>();
        for (JsonNode claim : trusted(claims, "P39")) {
            Optional<String> position = itemId(claim.path("mainsnak"));
            if (position.isEmpty()) continue;
            JsonNode qualifiers = claim.path("qualifiers");
            positions.add(new HeldPosition(position.get(),
                    qualifierTime(qualifiers, "P580", WikidataTime.Bound.EARLIEST),
                    qualifierTime(qualifiers, "P582", WikidataTime.Bound.LATEST)));
        }
        return positions;
    }

    // Deprecated claims are kept on Wikidata as known errors; they must not count as evidence.
    private static List<JsonNode> trusted(JsonNode claims, String property) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode claim : claims.path(property)) {
            if (!"deprecated".equals(claim.path("rank").asText())) result.add(claim);
        }
        return result;
    }

    private static Optional<String> itemId(JsonNode snak) {
        if (!"value".equals(snak.path("snaktype").asText())) return Optional.empty();
        JsonNode value = snak.path("datavalue").path("value");
        if (value.hasNonNull("id")) return Optional.of(value.get("id").asText());
        if (value.has("numeric-id")) return Optional.of("Q" + value.get("numeric-id").asLong());
        return Optional.empty();
    }

    private static LocalDate firstTime(JsonNode claims, String property, WikidataTime.Bound bound) {
        for (JsonNode claim : trusted(claims, property)) {
            LocalDate date = time(claim.path("mainsnak"), bound);
            if (date != null) return date;
        }
        return null;
    }

    private static LocalDate qualifierTime(JsonNode qualifiers, String property, WikidataTime.Bound bound) {
        for (JsonNode snak : qualifiers.path(property)) {
            LocalDate date = time(snak, bound);
            if (date != null) return date;
        }
        return null;
    }

    private static LocalDate time(JsonNode snak, WikidataTime.Bound bound) {
        if (!"value".equals(snak.path("snaktype").asText())) return null;
        JsonNode value = snak.path("datavalue").path("value");
        return WikidataTime.parse(value.path("time").asText(""), value.path("precision").asInt(11), bound);
    }

    /** An error the API reported in its JSON. */
    record ApiError(String code, String info) {
        /** Server lag (maxlag) and rate limits are cured by waiting; anything else is a bad request. */
        boolean retryable() {
            return code.equals("maxlag") || code.equals("ratelimited") || code.equals("readonly");
        }
    }
}
