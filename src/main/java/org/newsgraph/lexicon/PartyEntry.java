package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A political party of the gazetteer.
 *
 * @param id       Wikidata id
 * @param label    English name
 * @param aliases  other names and acronyms
 * @param stateIds the states it is a party of: mostly one, several for a party that outlived a
 *                 partition or spans a border (the Kuomintang of China and Taiwan, Sinn Féin)
 */
public record PartyEntry(String id, String label, List<String> aliases, List<String> stateIds) {
    public PartyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        stateIds = List.copyOf(stateIds);
    }
}
