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
    record Expected(GoldStatement gold, String fragment, List<ActorRef> speakers) {
        boolean isFoundBy(GraphStatement statement) {
            return holdsWords(statement) && ActorRef.anyMatch(speakers, statement.speakers());
        }

        /** The statement's text contains the gold fragment, whoever the speaker. */
        boolean holdsWords(GraphStatement statement) {
            return statement.texts().stream().map(TextNormalizer::quote).anyMatch(text -> text.contains(fragment));
        }
    }

    static StatementScores score(GoldArticle gold, GraphArticle graph) {
        Matching<Expected, GraphStatement> matching = matching(gold, graph);
        return new StatementScores(matching.counts(),
                matching.accuracy(item -> item.gold().kind(), GraphStatement::kinds));
    }

    /** The gold statements of the article matched against the graph's, under the rule above. */
    static Matching<Expected, GraphStatement> matching(GoldArticle gold, GraphArticle graph) {
        List<Expected> expected = gold.statements().stream()
                .map(statement -> new Expected(statement, TextNormalizer.quote(statement.quote()),
                        ActorRef.resolveAll(statement.speakers(), gold.entities())))
                .toList();
        return new Matching<>(expected, graph.statements(), Expected::isFoundBy);
    }
}
