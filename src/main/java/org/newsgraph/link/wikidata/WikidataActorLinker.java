package org.newsgraph.link.wikidata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.link.ActorLinker;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;

/**
 * The online linking step of a build: every person with a full name and every organization that
 * the gazetteer left unlinked is looked up through {@link WikidataLinker}, with the article's
 * state, title and date as context. States are the gazetteer's job alone.
 */
public final class WikidataActorLinker implements ActorLinker {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final WikidataLinker linker;

    public WikidataActorLinker(WikidataLinker linker) {
        this.linker = linker;
    }

    @Override
    public ResolvedActors link(ResolvedActors resolved, LocalDate date) {
        Map<String, WikidataLink> links = new LinkedHashMap<>();
        for (Actor actor : resolved.actors()) {
            if (actor.isLinked()) continue;
            query(actor, date).flatMap(linker::link)
                    .filter(link -> fitsWithLinkedActors(resolved, actor, link))
                    .ifPresent(link -> links.put(actor.id(), link));
        }
        return ActorRelabelling.apply(resolved, links);
    }

    /** What to ask Wikidata about an unlinked actor, or empty when it is not worth asking. */
    public static Optional<LinkQuery> query(Actor actor, LocalDate date) {
        return switch (actor.type()) {
            case PERSON -> fullName(actor.label())
                    ? Optional.of(new LinkQuery(ActorType.PERSON, names(actor), stateId(actor.represents()),
                    actor.position(), date))
                    : Optional.empty();
            case ORGANIZATION -> Optional.of(new LinkQuery(ActorType.ORGANIZATION, names(actor),
                    stateId(actor.partOf()), null, date));
            case STATE -> Optional.empty();
        };
    }

    // A single word ("Kim", "Smith") matches thousands of people: only full names are searched.
    private static boolean fullName(String label) {
        return label.strip().split("\\s+").length >= 2;
    }

    private static List<String> names(Actor actor) {
        Set<String> names = new LinkedHashSet<>();
        names.add(actor.label());
        names.addAll(actor.names());
        return new ArrayList<>(names);
    }

    private static String stateId(String actorId) {
        return actorId != null && QID.matcher(actorId).matches() ? actorId : null;
    }

    // An item already in the article as another kind of actor would give one IRI two types.
    private static boolean fitsWithLinkedActors(ResolvedActors resolved, Actor actor, WikidataLink link) {
        return resolved.actor(link.id()).map(other -> other.type() == actor.type()).orElse(true);
    }
}
