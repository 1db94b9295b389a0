package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * Names that several owners (states) claim, with a strength per claim. A name (compared through
 * {@link NameNormalizer}) goes to the owner with the strongest claim; when owners tie at the strongest
 * claim the name is left out, because a name that could mean two states resolves neither.
 */
final class NameClaims {
    /** Claim strengths, strongest first. */
    enum Strength { HAND_MADE, COMMON_NAME, OFFICIAL_NAME, SOURCE_ALIAS, NATIVE_NAME }

    private record Claim(String owner, String display, Strength strength) {
    }

    private final String what;
    private final Map<String, List<Claim>> byKey = new HashMap<>();

    /** @param what what the names are ("name", "demonym"), for the messages */
    NameClaims(String what) {
        this.what = what;
    }

    void claim(String owner, String display, Strength strength) {
        String key = NameNormalizer.normalize(display);
        if (key.isEmpty()) return;
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Claim(owner, display.trim(), strength));
    }

    /** Owner → the names it won, sorted; reports each name left out as ambiguous. */
    Map<String, List<String>> resolve(Consumer<String> warn) {
        Map<String, Set<String>> won = new HashMap<>();
        for (Map.Entry<String, List<Claim>> entry : new TreeMap<>(byKey).entrySet()) {
            List<Claim> claims = entry.getValue();
            Strength strongest = claims.stream().map(Claim::strength).min(Comparator.naturalOrder()).orElseThrow();
            Set<String> owners = claims.stream().filter(c -> c.strength() == strongest).map(Claim::owner)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (owners.size() > 1) {
                warn.accept("ambiguous " + what + " '" + claims.get(0).display() + "' claimed by " + owners + ": left out");
                continue;
            }
            String owner = owners.iterator().next();
            claims.stream().filter(c -> c.owner().equals(owner))
                    .forEach(c -> won.computeIfAbsent(owner, k -> new TreeSet<>(DisplayOrder.COMPARATOR)).add(c.display()));
        }
        Map<String, List<String>> result = new HashMap<>();
        won.forEach((owner, names) -> result.put(owner, List.copyOf(names)));
        return result;
    }
}
