package org.newsgraph.extract.actor;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.nlp.Token;

/**
 * "The 5-Star Movement", "the populist 5-Star movement": the recogniser tagged only the first words
 * of a name, and the parse hangs them from its head as compounds. The head names the organization
 * they name when it is capitalised or the last word of one of the organization's names ("Five Star
 * Movement"); never a group of people ("union workers" is no union). Events and statements both ask.
 */
public final class PartlyTaggedNames {
    private PartlyTaggedNames() {
    }

    /** The mention of the organization whose name the noun heads, if the recogniser tagged only its first words. */
    public static Optional<ResolvedMention> organizationHeadedBy(ParsedSentence s, int head, ResolvedActors actors) {
        Token token = s.token(head);
        if (!token.pos().startsWith("NN") || token.isName()) return Optional.empty();
        for (int part : s.children(head, "compound")) {
            Optional<ResolvedMention> mention = ActorReferences.mentionAt(actors, s.token(part));
            Optional<Actor> organization = mention.flatMap(m -> actors.actor(m.actorId()))
                    .filter(a -> a.type() == ActorType.ORGANIZATION && !a.id().startsWith(ActorIds.GROUP_PREFIX));
            if (organization.isPresent() && (token.pos().startsWith("NNP") || endsAName(organization.get(), token.word()))) {
                return mention;
            }
        }
        return Optional.empty();
    }

    private static boolean endsAName(Actor organization, String word) {
        String ending = " " + word.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(organization.label()), organization.names().stream())
                .anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith(ending));
    }
}
