package org.newsgraph.eval;

import java.util.List;

/**
 * What the graph holds for one article: the actors mentioned in it and the statements and events
 * reported in it (including those it shares with other articles).
 *
 * @param sourceId the article's ng:sourceId
 */
public record GraphArticle(String sourceId, List<GraphActor> actors, List<GraphStatement> statements,
                           List<GraphEvent> events) {
    public GraphArticle {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }

    /** Stands in for a gold article the graph lacks, so that it scores zero recall. */
    public static GraphArticle empty(String sourceId) {
        return new GraphArticle(sourceId, List.of(), List.of(), List.of());
    }
}
