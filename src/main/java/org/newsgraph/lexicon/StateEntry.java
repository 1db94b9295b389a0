package org.newsgraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A sovereign state known to the gazetteer, of today or of the past (with the years it existed).
 *
 * @param id           Wikidata id, e.g. "Q884"
 * @param iso3         ISO 3166-1 alpha-3 code ("KOR"; "UNK" for Kosovo, as in the source data)
 * @param name         common English name ("South Korea")
 * @param officialName official English name ("Republic of Korea")
 * @param names        every name it is known by, including name and officialName
 * @param demonyms     English adjectives and nouns for its people ("South Korean", "South Koreans")
 * @param capitals     capitals and seats of government that news uses for the state ("Seoul")
 * @param startYear    first year of a state that no longer exists (Soviet Union: 1922), else null
 * @param endYear      last year of a state that no longer exists (Soviet Union: 1991); null for today's states
 */
public record StateEntry(String id, String iso3, String name, String officialName, List<String> names,
                         List<String> demonyms, List<String> capitals, Integer startYear, Integer endYear) {
    /** A state of today. */
    public StateEntry(String id, String iso3, String name, String officialName, List<String> names,
                      List<String> demonyms, List<String> capitals) {
        this(id, iso3, name, officialName, names, demonyms, capitals, null, null);
    }

    public StateEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }
}
