package org.newsgraph.lexicon;

import java.util.Objects;

/**
 * A city or region that event coders read as its state when it is acted on: "Russian forces shelled
 * Kharkiv" is an act against Ukraine, as PETRARCH's country dictionary codes it. Only the place's
 * name and its state; the place is no actor of its own.
 *
 * @param name    the place as news write it ("Kharkiv", "Aleppo")
 * @param stateId the Wikidata id of its state
 */
public record StatePlace(String name, String stateId) {
    public StatePlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateId, "stateId");
    }
}
