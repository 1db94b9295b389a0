package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.newsgraph.model.ActorType;

/**
 * One actor the annotator expects the graph to contain for an article.
 *
 * @param label    the name as the article spells it
 * @param type     person, state or organization
 * @param wikidata verified Wikidata id ("Q7747"), or null where none was verified
 */
public record GoldEntity(@JsonProperty("label") String label,
                         @JsonProperty("type") ActorType type,
                         @JsonProperty("wikidata") String wikidata) {
    public GoldEntity {
        GoldChecks.requireText(label, "label");
        GoldChecks.requirePresent(type, "type", "one of Person, State, Organization");
        GoldChecks.requireWikidataIdOrNull(wikidata, "wikidata");
    }
}
