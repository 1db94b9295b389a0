package org.newsgraph.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.StateEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;

/**
 * Compares newsgraph's actors with PETRARCH's actor codes by country: an actor's country is the
 * state itself, the state a person represents or the state an organization is part of, and a
 * PETRARCH code's country is its first three letters ("USAGOV" is USA). Codes without a country
 * ("---REB", "IGOUNO") accept any actor, since PETRARCH's sub-state and international codes have
 * no counterpart in the gazetteer.
 */
final class CameoActorCodes {
    private final Gazetteer gazetteer;

    CameoActorCodes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** ISO 3166 alpha-3 codes of the countries the actors stand for. */
    Set<String> countries(List<String> actorIds, List<Actor> actors) {
        Set<String> codes = new LinkedHashSet<>();
        for (String id : actorIds) {
            Optional<Actor> actor = actors.stream().filter(a -> a.id().equals(id)).findFirst();
            String state = actor.map(CameoActorCodes::stateOf).orElse(id);
            gazetteer.stateById(state).map(StateEntry::iso3).ifPresent(codes::add);
        }
        return codes;
    }

    boolean matches(String petrarchCode, Set<String> countries, boolean anyActor) {
        if (!hasCountry(petrarchCode)) return anyActor;
        return countries.contains(petrarchCode.substring(0, 3));
    }

    private boolean hasCountry(String code) {
        return code.length() >= 3 && gazetteer.states().stream().anyMatch(s -> s.iso3() != null && code.startsWith(s.iso3()));
    }

    private static String stateOf(Actor actor) {
        if (actor.type() == ActorType.STATE) return actor.id();
        if (actor.represents() != null) return actor.represents();
        return actor.partOf() != null ? actor.partOf() : actor.id();
    }
}
