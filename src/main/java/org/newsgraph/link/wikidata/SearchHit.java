package org.newsgraph.link.wikidata;

import java.util.Objects;

/**
 * One answer of wbsearchentities, in the order Wikidata ranks them.
 *
 * @param id          "Q21001"
 * @param label       English label ("" when the item has none)
 * @param description English description ("" when none)
 * @param matchText   the label or alias the search matched
 */
public record SearchHit(String id, String label, String description, String matchText) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label;
        description = description == null ? "" : description;
        matchText = matchText == null ? label : matchText;
    }
}
