package org.newsgraph.eval;

/**
 * The figures of one gold article.
 *
 * @param sourceId the gold article's file or id
 * @param missing  true when the graph has no article with this ng:sourceId (it then scores zero recall)
 * @param scores   its figures
 */
public record ArticleScore(String sourceId, boolean missing, Scores scores) {
}
