package org.newsgraph.lexicon;

import java.util.Objects;

/**
 * The name of one of a state's own bodies, with the state it is part of: "Department of Homeland
 * Security" (United States), "Knesset" (Israel), "Federal Security Service" (Russia). Only the name
 * and its state, no identity: one dictionary entry may list several bodies ("Bureau of Land
 * Management" under the Department of the Interior), so the actor stays the one the article names.
 *
 * @param name    the body as news write it
 * @param stateId the Wikidata id of its state
 * @param code    the CAMEO actor code of the source ("USAGOVLEG"), as provenance
 */
public record StateBody(String name, String stateId, String code) {
    public StateBody {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stateId, "stateId");
        Objects.requireNonNull(code, "code");
    }
}
