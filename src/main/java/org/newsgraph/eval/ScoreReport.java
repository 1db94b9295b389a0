package org.newsgraph.eval;

import java.util.List;

/**
 * The result of scoring a graph against a gold file.
 *
 * @param gold      name of the gold file (for the header)
 * @param articles  one row per gold article, in gold order
 * @param notInGold ng:sourceIds of graph articles the gold does not cover (not scored)
 */
public record ScoreReport(String gold, List<ArticleScore> articles, List<String> notInGold) {
    public ScoreReport {
        articles = List.copyOf(articles);
        notInGold = List.copyOf(notInGold);
    }

    /** Micro-averaged totals: counts summed over all gold articles, missing ones included. */
    public Scores total() {
        return articles.stream().map(ArticleScore::scores).reduce(Scores.ZERO, Scores::plus);
    }

    /** Gold articles the graph lacks. */
    public List<String> missing() {
        return articles.stream().filter(ArticleScore::missing).map(ArticleScore::sourceId).toList();
    }

    /** Header with the scoring rules, a table of P/R/F1 per article and in total, and the counts. */
    public String toText() {
        return ScoreTextRenderer.render(this);
    }

    /** The same figures as a JSON document (undefined ratios are null). */
    public String toJson() {
        return ScoreJsonRenderer.render(this);
    }
}
