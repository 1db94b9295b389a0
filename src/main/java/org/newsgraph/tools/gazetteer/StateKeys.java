package org.newsgraph.tools.gazetteer;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.StateEntry;

/** Lookups over the gazetteer's states that the sources keyed by country need. */
final class StateKeys {
    private StateKeys() {
    }

    /** Wikidata id by ISO alpha-3 code ("AFG" → "Q889"), the first state of a code winning. */
    static Map<String, String> idByIso3(List<StateEntry> states) {
        Map<String, String> byIso3 = new LinkedHashMap<>();
        states.stream().filter(s -> s.iso3() != null).forEach(s -> byIso3.putIfAbsent(s.iso3(), s.id()));
        return byIso3;
    }

    /** The normalized names of every state, from the given parts of its entry ("Russia", "Russian", "Moscow"). */
    @SafeVarargs
    static Set<String> words(List<StateEntry> states, Function<StateEntry, Collection<String>>... parts) {
        Set<String> words = new HashSet<>();
        for (StateEntry s : states) {
            for (Function<StateEntry, Collection<String>> part : parts) {
                part.apply(s).forEach(n -> words.add(NameNormalizer.normalize(n)));
            }
        }
        return words;
    }
}
