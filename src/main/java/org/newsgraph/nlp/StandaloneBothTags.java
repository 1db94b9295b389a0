package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Repairs one tagging error before the parser sees it: "both" standing for two things named before
 * ("blaming both for the violence", "met both on Monday") is a determiner used as a noun phrase, but
 * the tagger tags it as the pre-conjunction of "both X and Y". The parser then hangs it on the next
 * noun as a pre-conjunction and the verb loses its object. A pre-conjunction must be followed by the
 * first conjunct; a preposition, adverb, verb or punctuation right after "both" shows there is none.
 */
final class StandaloneBothTags {
    private static final Set<String> NO_CONJUNCT_AFTER = Set.of("IN", "TO", "RB", "RBR", "RBS", "MD", ",", ".", ":",
            "VB", "VBD", "VBZ", "VBP", "VBN", "VBG");

    private StandaloneBothTags() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"CC".equals(t.tag()) || !"both".equalsIgnoreCase(t.word())) continue;
            if (NO_CONJUNCT_AFTER.contains(tokens.get(i + 1).tag())) t.setTag("DT");
        }
    }
}
