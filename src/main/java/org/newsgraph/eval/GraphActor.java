package org.newsgraph.eval;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.ActorType;

/**
 * An actor as the graph describes it, reduced to what scoring compares.
 *
 * @param iri         the actor's IRI
 * @param types       its ng:Person / ng:State / ng:Organization classes
 * @param names       rdfs:label and every skos:altLabel
 * @param wikidataIds Wikidata ids from owl:sameAs (or from an …/id/Q… IRI)
 */
public record GraphActor(String iri, Set<ActorType> types, Set<String> names, Set<String> wikidataIds) {
    public GraphActor {
        types = Set.copyOf(types);
        names = Set.copyOf(names);
        wikidataIds = Set.copyOf(wikidataIds);
    }

    public boolean isLinked() {
        return !wikidataIds.isEmpty();
    }

    /**
     * Actors for error listings: each by its alphabetically first name (the graph's read order
     * varies, so the listing stays the same from build to build), in alphabetical order.
     */
    static String names(List<GraphActor> actors) {
        return actors.stream().map(a -> a.names().stream().sorted().findFirst().orElse(a.iri())).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
