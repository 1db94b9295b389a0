package org.newsgraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorMention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;

/** Mentions written for a resolver test, one per sentence, and the actor each resolves to. */
final class ResolverMentions {
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2023, 6, 1);
    private final ActorResolver resolver;
    private final List<ActorMention> mentions = new ArrayList<>();

    ResolverMentions(ActorResolver resolver) {
        this.resolver = resolver;
    }

    void add(MentionKind kind, String name, String modifier) {
        int begin = mentions.size() * 100;
        mentions.add(new ActorMention(kind, new Span(begin, begin + 10), mentions.size(), name, null, modifier,
                null, true));
    }

    void add(ActorMention mention) {
        mentions.add(mention);
    }

    void clear() {
        mentions.clear();
    }

    /** The actor the mention of this index resolves to, all mentions resolved together as one article. */
    Actor actorOf(int mentionIndex) {
        ResolvedActors resolved = resolver.resolve(mentions, ARTICLE_DATE);
        Span span = mentions.get(mentionIndex).span();
        String id = resolved.mentions().stream().filter(m -> m.span().equals(span)).findFirst().orElseThrow().actorId();
        return resolved.actor(id).orElseThrow();
    }
}
