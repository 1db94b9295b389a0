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
}
