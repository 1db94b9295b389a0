package org.newsgraph.eval;

import java.util.Collection;
import java.util.List;

/**
 * A gold reference to an actor: a Wikidata id ("Q23530"), a label ("Dmitry Peskov"), or both.
 *
 * @param wikidata the Wikidata id, or null
 * @param label    the label normalised by {@link TextNormalizer#label}, or null
 */
public record ActorRef(String wikidata, String label) {

    /**
     * Resolves one gold reference. A "Q…" id also takes the label of the article's gold entity with
     * that id, so that an actor the graph left unlinked can still be recognised by its name.
     */
    public static ActorRef resolve(String reference, List<GoldEntity> entities) {
        if (!GoldChecks.isWikidataId(reference)) {
            return new ActorRef(null, TextNormalizer.label(reference));
        }
        String label = entities.stream()
                .filter(entity -> reference.equals(entity.wikidata()))
                .map(entity -> TextNormalizer.label(entity.label()))
                .findFirst().orElse(null);
        return new ActorRef(reference, label);
    }

    public static ActorRef of(GoldEntity entity) {
        return new ActorRef(entity.wikidata(), TextNormalizer.label(entity.label()));
    }

    public static List<ActorRef> resolveAll(List<String> references, List<GoldEntity> entities) {
        return references.stream().map(reference -> resolve(reference, entities)).toList();
    }

    /**
     * Ids decide when both sides have one, so a wrong link never matches by its name; otherwise
     * the normalised label must equal the actor's rdfs:label or one of its skos:altLabels.
     */
    public boolean matches(GraphActor actor) {
        if (wikidata != null && actor.isLinked()) {
            return actor.wikidataIds().contains(wikidata);
        }
        return label != null && actor.names().stream().map(TextNormalizer::label).anyMatch(label::equals);
    }

    /** True when some actor matches some of the alternative references. */
    public static boolean anyMatch(Collection<ActorRef> alternatives, Collection<GraphActor> actors) {
        return actors.stream().anyMatch(actor -> alternatives.stream().anyMatch(ref -> ref.matches(actor)));
    }
}
