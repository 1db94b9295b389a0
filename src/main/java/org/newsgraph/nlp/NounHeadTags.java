package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Repairs a tagging error that costs the parser a clause's subject: a word that is adjective and
 * noun ("military", "official") tagged JJ where it ends a noun phrase right before its verb ("South
 * Korea’s military launched …", "the Sudanese military temporarily detained …"). The parser then
 * makes it a modifier of the name before it and the sentence loses its subject. An adjective after
 * a determiner, possessive or modifier and before a finite verb (adverbs between) heads its phrase;
 * so it does before a participle that takes an object, which is then a past tense.
 */
final class NounHeadTags {
    private static final Set<String> BEFORE = Set.of("DT", "POS", "PRP$", "JJ", "NNP", "NNPS");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> OBJECT_STARTS = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "CD");

    private NounHeadTags() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"JJ".equals(t.tag()) || !BEFORE.contains(tokens.get(i - 1).tag())) continue;
            int next = i + 1;
            while (next < tokens.size() && "RB".equals(tokens.get(next).tag())) next++;
            if (next >= tokens.size()) continue;
            if (FINITE.contains(tokens.get(next).tag())) {
                t.setTag("NN");
            } else if ("VBN".equals(tokens.get(next).tag()) && next + 1 < tokens.size()
                    && OBJECT_STARTS.contains(tokens.get(next + 1).tag())) {
                // "the Sudanese military temporarily detained Prime Minister Hamdok": a participle
                // followed by its object is a past tense, and the adjective before it its subject
                t.setTag("NN");
                tokens.get(next).setTag("VBD");
            }
        }
    }
}
