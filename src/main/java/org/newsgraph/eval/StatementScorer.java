package org.newsgraph.eval;

import java.util.List;

/**
 * Statements of one article. A gold statement is found by an extracted statement whose text
 * contains the gold fragment (both normalised by {@link TextNormalizer#quote}) and whose speaker
 * matches one of the gold speakers.
 */
final class StatementScorer {
    private StatementScorer() {
    }

    /** A gold statement prepared for matching. */
    private record Expected(GoldStatement gold, String fragment, List<ActorRef> speakers) {
        boolean isFoundBy(GraphStatement statement) {
            return statement.texts().stream().map(TextNormalizer::quote).anyMatch(text -> text.contains(fragment))
                    && ActorRef.anyMatch(speakers, statement.speakers());
        }
    }

    static StatementScores score(GoldArticle gold, GraphArticle graph) {
        List<Expected> expected = gold.statements().stream()
                .map(statement -> new Expected(statement, TextNormalizer.quote(statement.quote()),
                        ActorRef.resolveAll(statement.speakers(), gold.entities())))
                .toList();
        Matching<Expected, GraphStatement> matching = new Matching<>(expected, graph.statements(), Expected::isFoundBy);
        return new StatementScores(matching.counts(),
                matching.accuracy(item -> item.gold().kind(), GraphStatement::kinds));
    }
}
