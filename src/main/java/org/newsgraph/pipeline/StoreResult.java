package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * What became of one article offered to the store.
 *
 * @param article    the article as read
 * @param stored     true when its graph is in the store
 * @param graphName  the named graph it is (or would have been) stored in
 * @param actors     actors extracted (0 when not stored)
 * @param statements statements extracted
 * @param events     events extracted
 * @param triples    triples stored
 * @param problems   messages for the user: why it was not stored, or what is doubtful about what was
 */
public record StoreResult(Article article, boolean stored, String graphName, int actors, int statements,
                          int events, long triples, List<String> problems) {
    public StoreResult {
        problems = List.copyOf(problems);
    }

    static StoreResult rejected(Article article, String graphName, List<String> problems) {
        return new StoreResult(article, false, graphName, 0, 0, 0, 0, problems);
    }
}
