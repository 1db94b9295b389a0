package org.newsgraph.tools.gazetteer;

import java.util.Locale;

/**
 * A hand-added state name, demonym or capital (extra-aliases.tsv).
 *
 * @param iso3  ISO alpha-3 code of the state
 * @param kind  what the alias is
 * @param alias the words
 */
record ExtraAlias(String iso3, Kind kind, String alias) {
    enum Kind {
        NAME, DEMONYM, CAPITAL;

        static Kind fromWord(String word, String origin) {
            try {
                return valueOf(word.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ": kind must be name, demonym or capital, not '" + word + "'");
            }
        }
    }
}
