package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * An organization known to the gazetteer: international organizations, government bodies and
 * seats of government used as actors ("the Kremlin"), armed forces, media.
 *
 * @param id      Wikidata id ("Q7184")
 * @param label   preferred name ("NATO")
 * @param aliases other names, metonyms included ("Pentagon", "Brussels" for the EU)
 * @param type    kind of organization
 * @param stateId Wikidata id of the state it is part of, or null (international organizations)
 */
public record OrganizationEntry(String id, String label, List<String> aliases, OrganizationType type,
                                String stateId) {
    public OrganizationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
