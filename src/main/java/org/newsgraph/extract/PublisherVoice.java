package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;

/**
 * The article's publisher is the voice of the whole article, not an actor in it: "CNN previously
 * reported that …", "sources told CNN" in a CNN article are the article's own reporting, whose words
 * are its text. Its statements are dropped and the publisher leaves the article's actors, so that it
 * is no speaker, agent or target, and no actor of every article it publishes (the development gold
 * leaves the publisher out for the same reason). A publisher's article about the publisher itself
 * ("CNN fired its anchor") loses it too: rare, and said here.
 */
public final class PublisherVoice {
    /** The article's actors and statements without the publisher. */
    public record Result(ResolvedActors actors, List<Statement> statements) {
    }

    private PublisherVoice() {
    }

    public static Result withoutPublisher(String publisher, ResolvedActors actors, List<Statement> statements) {
        Optional<String> id = publisherActor(publisher, actors);
        if (id.isEmpty()) return new Result(actors, statements);
        String publisherId = id.get();
        List<Statement> kept = statements.stream().filter(s -> !publisherId.equals(s.speaker()))
                .map(s -> s.about().contains(publisherId)
                        ? s.withAbout(s.about().stream().filter(a -> !a.equals(publisherId)).toList()) : s)
                .toList();
        ResolvedActors without = new ResolvedActors(
                actors.actors().stream().filter(a -> !a.id().equals(publisherId)).toList(),
                actors.mentions().stream().filter(m -> !m.actorId().equals(publisherId)).toList());
        return new Result(without, kept);
    }

    /**
     * The organization of the article named as its publisher is ("USA TODAY" for "USA Today", "The
     * Associated Press" for "Associated Press": the name key ignores case and a leading "the"), if any.
     */
    static Optional<String> publisherActor(String publisher, ResolvedActors actors) {
        if (publisher == null || publisher.isBlank()) return Optional.empty();
        String key = NameNormalizer.normalize(publisher);
        return actors.actors().stream().filter(a -> a.type() == ActorType.ORGANIZATION)
                .filter(a -> Stream.concat(Stream.of(a.label()), a.names().stream())
                        .anyMatch(n -> NameNormalizer.normalize(n).equals(key)))
                .map(Actor::id).findFirst();
    }
}
