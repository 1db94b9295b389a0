package org.newsgraph.eval;

/**
 * Statement figures of one article or of a total.
 *
 * @param counts precision/recall counts (fragment contained and right speaker)
 * @param kind   quote-kind accuracy over found statements whose gold gives a kind
 */
public record StatementScores(PrfCounts counts, AccuracyCounts kind) {
    public static final StatementScores ZERO = new StatementScores(PrfCounts.ZERO, AccuracyCounts.ZERO);

    public StatementScores plus(StatementScores other) {
        return new StatementScores(counts.plus(other.counts), kind.plus(other.kind));
    }
}
