package org.newsgraph.extract.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;

/**
 * "Police arrested the suspected gunman, Tetsuya Yamagami, 41" … "The suspected gunman shot Abe from
 * behind": news name a person once in apposition with a description and then by the description
 * alone, before or after. A description ("the gunman", "the suspect", "the driver") with the
 * definite article is the one person the article names in apposition with a noun of that lemma
 * ("the N, NAME," or "NAME, the … N,"; read from the words, as the parser often makes the name a
 * second object when an age follows it); nobody when it names two.
 */
final class AppositiveDescriptions {
    /** Tags of the words of a description ("the 41-year-old suspected gunman"); "wrote in the motion" is none. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "VBN", "CD",
            "HYPH", "NN", "NNP", "NNPS");
    private final Map<String, String> personByNoun = new HashMap<>();
    private final Map<String, String> personByDemonym = new HashMap<>();

    AppositiveDescriptions(List<ParsedSentence> sentences, ResolvedActors actors) {
        Set<String> ambiguous = new HashSet<>();
        Set<String> ambiguousDemonyms = new HashSet<>();
        for (ResolvedMention m : actors.mentions()) {
            // sentences are in article order, so a mention's sentence index is its place in the list
            if (m.sentence() < 0 || m.sentence() >= sentences.size() || !isPerson(actors, m.actorId())) continue;
            ParsedSentence s = sentences.get(m.sentence());
            int first = s.tokenAt(m.span().begin());
            int last = s.tokenAt(m.span().end() - 1);
            if (first < 0 || last < 0) continue;
            // "the suspected gunman, Tetsuya Yamagami, 41": the description, a comma, the name, a stop
            if (first >= 2 && s.token(first - 1).word().equals(",") && endsAppositive(s, last + 1)) {
                note(s, first - 2, m.actorId(), ambiguous);
            }
            // "Tetsuya Yamagami, the suspected gunman, …"
            if (last + 2 < s.size() && s.token(last + 1).word().equals(",")) {
                for (int i = last + 2; i < s.size() && i <= last + 5 && NOUN_PHRASE_TAGS.contains(s.token(i).pos()); i++) {
                    if (endsAppositive(s, i + 1) && s.token(i).pos().equals("NN")) {
                        note(s, i, m.actorId(), ambiguous);
                        break;
                    }
                }
            }
            // "Ashot Mkrtychev, a 56-year-old Slovakian man,": the apposition's nationality, however long it is
            for (int w = first; w <= last; w++) {
                for (int description : s.children(w, "appos")) noteDemonyms(s, description, m.actorId(), ambiguousDemonyms);
            }
        }
        ambiguous.forEach(personByNoun::remove);
        ambiguousDemonyms.forEach(personByDemonym::remove);
    }

    /** Notes the nationality words of an apposition: "Ashot Mkrtychev, a 56-year-old Slovakian man,". */
    private void noteDemonyms(ParsedSentence s, int description, String person, Set<String> ambiguous) {
        for (int i : s.children(description, "amod")) {
            if (!s.token(i).isNer("MISC") && !s.token(i).isNer("NATIONALITY")) continue;
            String word = s.token(i).word().toLowerCase(Locale.ROOT);
            String before = personByDemonym.putIfAbsent(word, person);
            if (before != null && !before.equals(person)) ambiguous.add(word);
        }
    }

    /**
     * The person a definite singular description by nationality stands for ("the Slovakian arms
     * dealer"), if the article describes one person only with that nationality in apposition ("Ashot
     * Mkrtychev, a 56-year-old Slovakian man,"): news vary the noun, not the nationality.
     */
    Optional<String> personOfNationality(ParsedSentence s, int word) {
        if (!s.token(word).pos().equals("NN") || !s.hasChildWord(word, "det", "the")) return Optional.empty();
        for (int modifier : s.children(word, "amod")) {
            String person = personByDemonym.get(s.token(modifier).word().toLowerCase(Locale.ROOT));
            if (person != null) return Optional.of(person);
        }
        return Optional.empty();
    }

    /** A comma, a full stop or the sentence's end after an apposition. */
    private static boolean endsAppositive(ParsedSentence s, int next) {
        return next >= s.size() || s.token(next).word().equals(",") || s.token(next).word().equals(".");
    }

    private static boolean isPerson(ResolvedActors actors, String id) {
        return actors.actor(id).map(a -> a.type() == ActorType.PERSON).orElse(false);
    }

    /** Notes a description, if the word is a common noun ("another gunman, Juan Soto" counts too). */
    private void note(ParsedSentence s, int noun, String person, Set<String> ambiguous) {
        if (!s.token(noun).pos().equals("NN")) return;
        String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
        String before = personByNoun.putIfAbsent(lemma, person);
        if (before != null && !before.equals(person)) ambiguous.add(lemma);
    }

    /** The person a definite description stands for, if the article names one in apposition with it. */
    Optional<String> person(ParsedSentence s, int word) {
        if (!s.token(word).pos().equals("NN") || !s.hasChildWord(word, "det", "the")) return Optional.empty();
        return Optional.ofNullable(personByNoun.get(s.token(word).lemma().toLowerCase(Locale.ROOT)));
    }
}
