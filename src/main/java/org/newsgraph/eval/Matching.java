package org.newsgraph.eval;

import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Many-to-many matching of gold items against extracted items under one match rule: a gold item
 * is found when some extracted item matches it, and an extracted item is right when it matches
 * some gold item. One extracted item may thus find several gold items.
 */
final class Matching<G, E> {
    private final List<G> gold;
    private final List<E> extracted;
    private final BiPredicate<G, E> matches;

    Matching(List<G> gold, List<E> extracted, BiPredicate<G, E> matches) {
        this.gold = gold;
        this.extracted = extracted;
        this.matches = matches;
    }

    List<G> gold() {
        return gold;
    }

    List<E> matchesOf(G item) {
        return extracted.stream().filter(candidate -> matches.test(item, candidate)).toList();
    }

    PrfCounts counts() {
        int found = (int) gold.stream().filter(item -> !matchesOf(item).isEmpty()).count();
        int correct = (int) extracted.stream()
                .filter(candidate -> gold.stream().anyMatch(item -> matches.test(item, candidate)))
                .count();
        return new PrfCounts(gold.size(), found, extracted.size(), correct);
    }

    /**
     * Accuracy of an attribute over the found gold items that state it: right when the best
     * match, i.e. any matching extracted item, has the gold value.
     */
    <T> AccuracyCounts accuracy(Function<G, T> goldValue, Function<E, Collection<T>> extractedValues) {
        int total = 0;
        int correct = 0;
        for (G item : gold) {
            T expected = goldValue.apply(item);
            List<E> candidates = matchesOf(item);
            if (expected == null || candidates.isEmpty()) {
                continue;
            }
            total++;
            if (candidates.stream().anyMatch(candidate -> extractedValues.apply(candidate).contains(expected))) {
                correct++;
            }
        }
        return new AccuracyCounts(total, correct);
    }
}
