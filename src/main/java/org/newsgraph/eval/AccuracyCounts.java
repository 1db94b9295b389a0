package org.newsgraph.eval;

import java.util.OptionalDouble;

/**
 * An accuracy over matched items (e.g. modality over found events).
 *
 * @param total   items judged
 * @param correct items judged right
 */
public record AccuracyCounts(int total, int correct) {
    public static final AccuracyCounts ZERO = new AccuracyCounts(0, 0);

    public AccuracyCounts {
        if (correct > total || correct < 0) {
            throw new IllegalArgumentException("inconsistent counts: " + correct + " right of " + total);
        }
    }

    /** Empty when nothing was judged. */
    public OptionalDouble accuracy() {
        return Ratios.of(correct, total);
    }

    public AccuracyCounts plus(AccuracyCounts other) {
        return new AccuracyCounts(total + other.total, correct + other.correct);
    }
}
