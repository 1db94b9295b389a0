package org.newsgraph.link.wikidata;

import java.util.List;

/**
 * A link decided for an actor.
 *
 * @param id         the Wikidata item ("Q4165327")
 * @param label      its English label
 * @param confidence 0–1, below 1: a link found by search is never certain
 * @param evidence   the claim checks that spoke for it, for people reading logs
 */
public record WikidataLink(String id, String label, double confidence, List<String> evidence) {
    public WikidataLink {
        evidence = List.copyOf(evidence);
    }
}
