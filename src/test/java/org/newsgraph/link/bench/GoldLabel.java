package org.newsgraph.link.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * A gold mention of an ELEVANT benchmark.
 *
 * @param qid      Wikidata id, or null for NIL (an entity Wikidata lacks) and non-entities
 * @param kind     the coarse type of the gold entity
 * @param required false for mentions a linker need not find: coreferences (pronouns, "the
 *                 company"), optional ones, and mentions nested in a larger one ("US" in "US
 *                 Department of Education")
 */
record GoldLabel(int begin, int end, String qid, Kind kind, boolean required) {
    private static final String PERSON = "Q215627";
    private static final String ORGANIZATION = "Q43229";
    private static final String LOCATION = "Q27096213";

    /** The types newsgraph's actors fall into (states under location); OTHER for concepts, works, dates. */
    enum Kind { PERSON, LOCATION, ORGANIZATION, OTHER }

    static GoldLabel parse(JsonNode label) {
        String id = label.path("entity_id").asText("");
        String qid = id.matches("Q\\d+") ? id : null;
        boolean required = !label.path("coref").asBoolean(false) && !label.path("optional").asBoolean(false)
                && !label.has("parent");
        return new GoldLabel(label.path("span").path(0).asInt(), label.path("span").path(1).asInt(), qid,
                kind(label.path("type").asText("")), required);
    }

    static Kind kind(String types) {
        Set<String> all = Set.of(types.split("\\|"));
        if (all.contains(PERSON)) return Kind.PERSON;
        if (all.contains(LOCATION)) return Kind.LOCATION;
        if (all.contains(ORGANIZATION)) return Kind.ORGANIZATION;
        return Kind.OTHER;
    }

    boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
