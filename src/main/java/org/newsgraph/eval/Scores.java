package org.newsgraph.eval;

/** All figures of one article, or their sum over several articles (micro-average). */
public record Scores(PrfCounts entities, StatementScores statements, EventScores events) {
    public static final Scores ZERO = new Scores(PrfCounts.ZERO, StatementScores.ZERO, EventScores.ZERO);

    public Scores plus(Scores other) {
        return new Scores(entities.plus(other.entities), statements.plus(other.statements),
                events.plus(other.events));
    }
}
