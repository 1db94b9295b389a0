package org.newsgraph.eval;

import java.util.List;

/**
 * Events of one article. A gold event is found by an extracted event with the same CAMEO root,
 * an agent among the gold agents and, when the gold names targets or recipients, a target or
 * recipient among them (the two roles are pooled: extractors and annotators often disagree on
 * which of the two the other side is).
 */
final class EventScorer {
    private EventScorer() {
    }

    /** A gold event prepared for matching. */
    record Expected(GoldEvent gold, List<ActorRef> agents, List<ActorRef> otherSide) {
        boolean isFoundBy(GraphEvent event) {
            return event.cameoCodes().stream().anyMatch(code -> CameoCodes.root(code).equals(gold.cameoRoot()))
                    && ActorRef.anyMatch(agents, event.agents())
                    && (otherSide.isEmpty() || ActorRef.anyMatch(otherSide, event.otherSide()));
        }
    }

    static EventScores score(GoldArticle gold, GraphArticle graph) {
        Matching<Expected, GraphEvent> matching = matching(gold, graph);
        return new EventScores(matching.counts(),
                matching.accuracy(item -> item.gold().modality(), GraphEvent::modalities),
                matching.accuracy(item -> item.gold().cameo(), GraphEvent::cameoCodes));
    }

    /** The gold events of the article matched against the graph's, under the rule above. */
    static Matching<Expected, GraphEvent> matching(GoldArticle gold, GraphArticle graph) {
        List<Expected> expected = gold.events().stream()
                .map(event -> new Expected(event,
                        ActorRef.resolveAll(event.agents(), gold.entities()),
                        ActorRef.resolveAll(event.otherSide(), gold.entities())))
                .toList();
        return new Matching<>(expected, graph.events(), Expected::isFoundBy);
    }
}
