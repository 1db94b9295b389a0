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
     * Harmonic mean of precision and recall. It is 0 as soon as either is 0, whatever the other
     * (a graph that extracts nothing for an article with gold items scores F1 = 0); otherwise it
     * is undefined when either is undefined (no links at all, no gold items).
     */
    public OptionalDouble f1() {
        OptionalDouble p = precision();
        OptionalDouble r = recall();
        if (isZero(p) || isZero(r)) {
            return OptionalDouble.of(0);
        }
        if (p.isEmpty() || r.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(2 * p.getAsDouble() * r.getAsDouble() / (p.getAsDouble() + r.getAsDouble()));
    }

    private static boolean isZero(OptionalDouble ratio) {
        return ratio.isPresent() && ratio.getAsDouble() == 0;
    }

    public PrfCounts plus(PrfCounts other) {
        return new PrfCounts(gold + other.gold, found + other.found,
                extracted + other.extracted, correct + other.correct);
    }
}
