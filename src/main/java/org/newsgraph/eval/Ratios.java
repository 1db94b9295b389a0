package org.newsgraph.eval;

import java.util.OptionalDouble;

/** Division that says "undefined" instead of inventing a value for 0/0. */
final class Ratios {
    private Ratios() {
    }

    static OptionalDouble of(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
