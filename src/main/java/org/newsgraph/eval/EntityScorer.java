package org.newsgraph.eval;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entities of one article. Recall: gold entities matched by an actor mentioned in the article
 * that has the same type. Precision: of the mentioned actors linked to Wikidata, those whose id
 * is among the article's gold entity ids.
 */
final class EntityScorer {
    private EntityScorer() {
    }

    static PrfCounts score(GoldArticle gold, GraphArticle graph) {
        PrfCounts recall = new Matching<>(gold.entities(), graph.actors(),
                (GoldEntity entity, GraphActor actor) ->
                        actor.types().contains(entity.type()) && ActorRef.of(entity).matches(actor))
                .counts();
        Set<String> goldIds = gold.entities().stream()
                .map(GoldEntity::wikidata)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        int linked = 0;
        int rightLinks = 0;
        for (GraphActor actor : graph.actors()) {
            if (actor.isLinked()) {
                linked++;
                if (actor.wikidataIds().stream().anyMatch(goldIds::contains)) {
                    rightLinks++;
                }
            }
        }
        return new PrfCounts(recall.gold(), recall.found(), linked, rightLinks);
    }
}
