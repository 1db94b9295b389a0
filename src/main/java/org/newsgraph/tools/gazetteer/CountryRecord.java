package org.newsgraph.tools.gazetteer;

import java.util.List;

/**
 * One country of the mledoze list, reduced to what the gazetteer uses.
 *
 * @param iso3         ISO alpha-3 code (cca3), the join key with the other sources
 * @param commonName   English common name
 * @param officialName English official name
 * @param nativeNames  common and official names in the country's own languages
 * @param altSpellings other spellings and codes
 * @param capitals     capital cities
 * @param demonyms     English demonyms (male and female forms, as written)
 * @param independent  sovereign according to the source (null when the source does not say)
 * @param unMember     member of the United Nations
 */
record CountryRecord(String iso3, String commonName, String officialName, List<String> nativeNames,
                     List<String> altSpellings, List<String> capitals, List<String> demonyms,
                     Boolean independent, boolean unMember, List<String> languages) {
    CountryRecord {
        languages = List.copyOf(languages);
        nativeNames = List.copyOf(nativeNames);
        altSpellings = List.copyOf(altSpellings);
        capitals = List.copyOf(capitals);
        demonyms = List.copyOf(demonyms);
    }

    /** Sovereign by the source's own flags. */
    boolean sovereign() {
        return Boolean.TRUE.equals(independent) || unMember;
    }
}
