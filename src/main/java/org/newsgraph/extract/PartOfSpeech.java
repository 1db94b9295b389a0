package org.newsgraph.extract;

import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/** The coarse word classes the event word lists use, from Penn Treebank tags. */
public final class PartOfSpeech {
    private PartOfSpeech() {
    }

    /** 'V' verb, 'N' noun, 'J' adjective, 'M' modal, 'R' adverb/determiner/particle, '-' other. */
    public static char of(Token token) {
        String tag = token.pos();
        if (tag.startsWith("VB")) return 'V';
        if (tag.startsWith("NN")) return 'N';
        if (tag.startsWith("JJ")) return 'J';
        if (tag.equals("MD")) return 'M';
        if (tag.startsWith("RB") || tag.equals("DT") || tag.equals("RP")) return 'R';
        return '-';
    }

    /**
     * The class of a word in its sentence: a word tagged as a noun that the parser gave an
     * auxiliary or a subject and an object is a verb ("should South Korea supply/NN military equipment").
     */
    public static char of(ParsedSentence sentence, int word) {
        char tagged = of(sentence.token(word));
        if (tagged != 'N') return tagged;
        boolean aux = false;
        boolean subject = false;
        boolean object = false;
        for (Dependency d : sentence.children(word)) {
            aux |= d.relation().equals("aux");
            subject |= d.relation().equals("nsubj");
            object |= d.relation().equals("obj");
        }
        return aux || subject && object ? 'V' : 'N';
    }
}
