package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tokens written "word/TAG word/TAG …", as the tagger leaves them, for tests of tag repairs. */
final class TaggedTokens {
    private TaggedTokens() {
    }

    /** The tokens, each with its lemma set to the word. */
    static List<CoreLabel> of(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(wt.substring(0, slash));
            t.setTag(wt.substring(slash + 1));
            t.setLemma(t.word());
            tokens.add(t);
        }
        return tokens;
    }

    /** The tokens, with NER tags given one per token ("O PERSON PERSON O"). */
    static List<CoreLabel> withNer(String text, String ner) {
        List<CoreLabel> tokens = of(text);
        String[] tags = ner.split(" ");
        for (int i = 0; i < tokens.size(); i++) tokens.get(i).setNER(tags[i]);
        return tokens;
    }

    /**
     * The project's own tokens, for tests of parse repairs: each with its lemma set to the word, or to
     * what follows a bar ("said|say/VBD").
     */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        for (String wt : text.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            int bar = word.indexOf('|');
            String lemma = bar < 0 ? word : word.substring(bar + 1);
            if (bar >= 0) word = word.substring(0, bar);
            tokens.add(new Token(tokens.size(), word, lemma, wt.substring(slash + 1), "O", null, 0, 0));
        }
        return tokens;
    }

    /** The project's own tokens as {@link #tokens(String)} makes them, with NER tags one per token. */
    static List<Token> tokens(String text, String ner) {
        List<Token> plain = tokens(text);
        String[] tags = ner.split(" ");
        List<Token> tokens = new ArrayList<>();
        for (Token t : plain) {
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), tags[t.index()], null, 0, 0));
        }
        return tokens;
    }
}
