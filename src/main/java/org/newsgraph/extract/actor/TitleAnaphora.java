package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.TitleAbbreviations;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.WordList;

/**
 * "President Joe Biden spoke on Monday. The president will travel to Brussels": a title with the
 * definite article and nothing else to name its holder refers back to the person last named with
 * that title ("the prime minister" to the last Prime Minister, "the foreign minister" to the last
 * Foreign Minister, never to a Defence Minister).
 */
final class TitleAnaphora {
    private final ResolvedActors actors;
    private final WordList positions;

    TitleAnaphora(ResolvedActors actors, WordList positions) {
        this.actors = actors;
        this.positions = positions;
    }

    Optional<String> holder(ParsedSentence s, int word) {
        String lemma = s.token(word).lemma().toLowerCase(Locale.ROOT);
        if (!positions.contains(lemma) || !s.hasChildWord(word, "det", "the")) return Optional.empty();
        List<String> qualifiers = qualifiers(s, word);
        if (qualifiers == null) return Optional.empty();
        return actors.mentionsBefore(s.token(word).begin()).stream()
                .map(m -> actors.actor(m.actorId()))
                .flatMap(Optional::stream)
                .filter(a -> a.type() == ActorType.PERSON && holds(a, lemma, qualifiers))
                .map(Actor::id)
                .findFirst();
    }

    /** The words that narrow the title ("foreign" minister); null when a phrase names whose title it is ("of Russia"). */
    private static List<String> qualifiers(ParsedSentence s, int word) {
        List<String> words = new ArrayList<>();
        for (Dependency d : s.children(word)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.startsWith("nmod") || r.equals("appos")) return null;
            if (r.equals("amod") || r.equals("compound")) words.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean holds(Actor person, String title, List<String> qualifiers) {
        if (person.position() == null) return false;
        String position = TitleAbbreviations.expand(person.position()).toLowerCase(Locale.ROOT);
        return position.endsWith(title) && qualifiers.stream().allMatch(position::contains);
    }
}
