package org.newsgraph.extract.actor;

import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Who acts and speaks for one owner: "his lawyers", "Haley's campaign", "her office" (the word class
 * "representative" of event-word-classes.tsv). Their acts and words are the owner's: a group made of
 * the words ("American attorneys") would say nothing of whom they act for.
 */
public final class Representatives {
    private static final WordClasses CLASSES = WordClasses.shared();

    private Representatives() {
    }

    /**
     * The owner's word when the noun is a representative of it, written as a common noun with an
     * owner and nothing else that says what it is: "her spokesperson, Olivia Perez-Cubas" is the
     * person named, "Zelensky's relentless media campaign" an activity, "the Prosecutor General's
     * Office" a body of its own.
     */
    public static Optional<Integer> owner(ParsedSentence s, int noun) {
        Token t = s.token(noun);
        if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !CLASSES.is(t.lemma(), "representative")) {
            return Optional.empty();
        }
        for (Dependency d : s.children(noun)) {
            String r = d.relation();
            if (r.equals("appos") || r.equals("amod") || r.equals("compound") && !s.token(d.dependent()).pos().startsWith("NNP")) {
                return Optional.empty();
            }
        }
        return s.children(noun, "nmod:poss").stream().findFirst();
    }
}
