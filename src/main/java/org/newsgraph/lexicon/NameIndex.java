package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Immutable lookup from names (compared through {@link NameNormalizer}) to the entries carrying them.
 *
 * @param <T> entry type
 */
final class NameIndex<T> {
    private static final int SHORT_ACRONYM = 3;
    private final Map<String, List<T>> byKey;
    /**
     * Entries that carry a key only as a short acronym ("CUP", "DUP"): found only by text in capitals,
     * since the same letters in lower case are a word ("Laver Cup"). Longer acronyms are matched in any
     * case: British style writes those pronounced as words so ("Nato", "Opec").
     */
    private final Map<String, Set<T>> shortAcronymOnly;

    private NameIndex(Map<String, List<T>> byKey, Map<String, Set<T>> shortAcronymOnly) {
        this.byKey = byKey;
        this.shortAcronymOnly = shortAcronymOnly;
    }

    /** Indexes each entry under every name the function gives for it; order of entries is kept. */
    static <T> NameIndex<T> of(Collection<T> entries, Function<T, Collection<String>> names) {
        Map<String, Set<T>> collected = new HashMap<>();
        Map<String, Set<T>> byOtherName = new HashMap<>();
        Map<String, Set<T>> byShortAcronym = new HashMap<>();
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                String key = NameNormalizer.normalize(name);
                if (key.isEmpty()) continue;
                collected.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
                (isShortAcronym(name) ? byShortAcronym : byOtherName).computeIfAbsent(key, k -> new HashSet<>()).add(entry);
            }
        }
        Map<String, List<T>> frozen = new HashMap<>();
        collected.forEach((key, set) -> frozen.put(key, List.copyOf(new ArrayList<>(set))));
        Map<String, Set<T>> acronymOnly = new HashMap<>();
        byShortAcronym.forEach((key, set) -> {
            Set<T> only = new HashSet<>(set);
            only.removeAll(byOtherName.getOrDefault(key, Set.of()));
            if (!only.isEmpty()) acronymOnly.put(key, Set.copyOf(only));
        });
        return new NameIndex<>(Map.copyOf(frozen), Map.copyOf(acronymOnly));
    }

    /** "CUP", "DUP", "SNP": two or three capitals and nothing else. */
    static boolean isShortAcronym(String name) {
        if (name.length() < 2 || name.length() > SHORT_ACRONYM) return false;
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isUpperCase(name.charAt(i))) return false;
        }
        return true;
    }

    /** All entries with this name; empty when none. */
    List<T> all(String name) {
        String key = NameNormalizer.normalize(name);
        List<T> found = byKey.getOrDefault(key, List.of());
        Set<T> acronymOnly = shortAcronymOnly.get(key);
        if (acronymOnly == null || name.trim().equals(name.trim().toUpperCase(Locale.ROOT))) return found;
        return found.stream().filter(e -> !acronymOnly.contains(e)).toList();
    }
}
