package org.newsgraph.eval;

import java.util.OptionalDouble;

/**
 * Counts behind precision, recall and F1 of one category. Summing counts before dividing gives
 * micro-averaged totals.
 *
 * @param gold      gold items
 * @param found     gold items matched by the graph (recall numerator)
 * @param extracted graph items judged (precision denominator)
 * @param correct   graph items judged right (precision numerator)
 */
public record PrfCounts(int gold, int found, int extracted, int correct) {
    public static final PrfCounts ZERO = new PrfCounts(0, 0, 0, 0);

    public PrfCounts {
        if (found > gold || correct > extracted || Math.min(found, correct) < 0) {
            throw new IllegalArgumentException("inconsistent counts: found " + found + " of " + gold
                    + " gold, " + correct + " of " + extracted + " extracted right");
        }
    }

    /** Empty when nothing was extracted: precision is undefined, not zero. */
    public OptionalDouble precision() {
        return Ratios.of(correct, extracted);
    }

    /** Empty when there is no gold item. */
    public OptionalDouble recall() {
        return Ratios.of(found, gold);
    }

    /**
     * Harmonic mean of precision and recall, an undefined one counting as 0 (a graph with nothing
     * extracted for an article with gold items scores F1 = 0); empty only when both are undefined.
     */
    public OptionalDouble f1() {
        if (precision().isEmpty() && recall().isEmpty()) {
            return OptionalDouble.empty();
        }
        double p = precision().orElse(0);
        double r = recall().orElse(0);
        return OptionalDouble.of(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public PrfCounts plus(PrfCounts other) {
        return new PrfCounts(gold + other.gold, found + other.found,
                extracted + other.extracted, correct + other.correct);
    }
}
