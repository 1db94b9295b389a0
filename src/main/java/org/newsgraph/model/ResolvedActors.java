package org.newsgraph.model;

import java.util.List;
import java.util.Optional;

/** The actors of one article and where each is mentioned. */
public record ResolvedActors(List<Actor> actors, List<ResolvedMention> mentions) {
    public ResolvedActors {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether the id is of an actor of the article that is a state. */
    public boolean isState(String id) {
        return actor(id).map(a -> a.type() == ActorType.STATE).orElse(false);
    }

    /** The mentions that end before a character offset, the nearest first (for words that refer back). */
    public List<ResolvedMention> mentionsBefore(int offset) {
        return mentions.stream().filter(m -> m.span().end() <= offset)
                .sorted(java.util.Comparator.comparingInt((ResolvedMention m) -> m.span().begin()).reversed())
                .toList();
    }

    /** The mention covering a character offset, if any. */
    public Optional<ResolvedMention> mentionAt(int offset) {
        return mentions.stream().filter(m -> m.span().begin() <= offset && offset < m.span().end()).findFirst();
    }
}
