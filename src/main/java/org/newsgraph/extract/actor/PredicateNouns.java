package org.newsgraph.extract.actor;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.WordList;

/**
 * A common noun said of an actor stands for it: "Biden called Putin a thug who is waging a war",
 * "Putin is a thug who …", "Wang decried the grouping as a bloc that …". The relative clause's
 * subject is the noun, which names nobody by itself; without this its act went to whoever the
 * sentence named elsewhere (here the one who called him so).
 */
final class PredicateNouns {
    /** Verbs that say what someone judges something to be ("call", "brand", "describe … as"). */
    private static final WordList NAMING_VERBS = WordList.load("extract/naming-verbs.txt");
    /** "It was US intelligence that displayed …": a cleft's "it" says nothing of who. */
    private static final Set<String> IMPERSONAL = Set.of("it", "this", "that", "there", "what", "which");

    private PredicateNouns() {
    }

    /** The word for what the noun is said of, or empty when the noun is not a predicate. */
    static Optional<Integer> describedBy(ParsedSentence s, int word) {
        String tag = s.token(word).pos();
        if (!tag.equals("NN") && !tag.equals("NNS")) return Optional.empty();
        int predicate = firstConjunct(s, word);
        // "Putin is a thug", "called Putin a thug" (parsed as a small clause): a noun with a subject
        // of its own is said of that subject
        Optional<Integer> subject = s.children(predicate, "nsubj").stream()
                .filter(w -> w != word && !IMPERSONAL.contains(s.token(w).word().toLowerCase(Locale.ROOT))).findFirst();
        if (subject.isPresent()) return subject;
        // "called Putin a thug", "decried the grouping as a bloc": the naming verb's object
        for (Dependency d : s.parents(predicate)) {
            boolean complement = d.relation().equals("xcomp") || d.relation().equals("obl:as");
            if (!complement || d.governor() < 0 || !NAMING_VERBS.contains(s.token(d.governor()).lemma())) continue;
            Optional<Integer> object = s.children(d.governor(), "obj").stream().filter(o -> o != predicate).findFirst();
            if (object.isPresent()) return object;
        }
        return Optional.empty();
    }

    /** "a war criminal and a thug": a later conjunct is said of the same actor as the first. */
    private static int firstConjunct(ParsedSentence s, int word) {
        for (Dependency d : s.parents(word)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0 && d.governor() < word) return d.governor();
        }
        return word;
    }
}
