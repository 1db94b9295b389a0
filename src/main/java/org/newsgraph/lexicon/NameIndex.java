package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Immutable lookup from names (compared through {@link NameNormalizer}) to the entries carrying them.
 *
 * @param <T> entry type
 */
final class NameIndex<T> {
    private final Map<String, List<T>> byKey;

    private NameIndex(Map<String, List<T>> byKey) {
        this.byKey = byKey;
    }

    /** Indexes each entry under every name the function gives for it; order of entries is kept. */
    static <T> NameIndex<T> of(Collection<T> entries, Function<T, Collection<String>> names) {
        Map<String, Set<T>> collected = new HashMap<>();
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                String key = NameNormalizer.normalize(name);
                if (!key.isEmpty()) collected.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry);
            }
        }
        Map<String, List<T>> frozen = new HashMap<>();
        collected.forEach((key, set) -> frozen.put(key, List.copyOf(new ArrayList<>(set))));
        return new NameIndex<>(Map.copyOf(frozen));
    }

    /** All entries with this name; empty when none. */
    List<T> all(String name) {
        return byKey.getOrDefault(NameNormalizer.normalize(name), List.of());
    }
}
