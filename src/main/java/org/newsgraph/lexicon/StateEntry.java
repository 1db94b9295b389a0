package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A sovereign state known to the gazetteer.
 *
 * @param id           Wikidata id, e.g. "Q884"
 * @param iso3         ISO 3166-1 alpha-3 code ("KOR"; "UNK" for Kosovo, as in the source data)
 * @param name         common English name ("South Korea")
 * @param officialName official English name ("Republic of Korea")
 * @param names        every name it is known by, including name and officialName
 * @param demonyms     English adjectives and nouns for its people ("South Korean", "South Koreans")
 * @param capitals     capitals and seats of government that news uses for the state ("Seoul")
 */
public record StateEntry(String id, String iso3, String name, String officialName, List<String> names,
                         List<String> demonyms, List<String> capitals) {
    public StateEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }
}
