package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * An armed group that is no state's force: rebels, militias, insurgents, mercenaries ("Hamas", "the
 * Taliban", "Boko Haram"). News name them as actors as often as states, and NER tags them as
 * organizations, persons or nothing.
 *
 * @param id      Wikidata id when a source gives one (the group is also a party of Party Facts), else null
 * @param label   preferred name
 * @param aliases other names and acronyms
 * @param stateId the state it fights in or for (Phoenix's country code), or null for groups of
 *                several countries ("al-Qaeda")
 * @param code    Phoenix's CAMEO actor code ("AFGREB": Afghan rebels), as provenance
 */
public record ArmedGroupEntry(String id, String label, List<String> aliases, String stateId, String code) {
    public ArmedGroupEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
        aliases = List.copyOf(aliases);
    }
}
