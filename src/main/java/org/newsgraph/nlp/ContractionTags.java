package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs one tagging error before the parser sees it: "’s" after a pronoun ("He’s a fool",
 * "It’s a mistake", "That’s why") is "is" or "has", never a possessive (pronouns have their own:
 * his, its), but the tagger, trained on typewriter apostrophes, tags the typographic form most news
 * uses as one. The parser then loses the verb and with it the clause ("a fool" is nobody's
 * judgement of anyone). And a personal pronoun before a contraction is a pronoun even where the
 * tagger calls it a name ("today: He's not dropping out" made a person "He").
 */
final class ContractionTags {
    private static final Set<String> CLITICS = Set.of("'s", "\u2019s");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "that", "there", "here", "what", "who",
            "where", "everyone", "nobody", "everything", "nothing", "someone", "something");

    /** Contracted verbs, in both apostrophes. */
    private static final Set<String> CONTRACTED = Set.of("'s", "\u2019s", "'d", "\u2019d", "'ll", "\u2019ll", "'re",
            "\u2019re", "'ve", "\u2019ve", "'m", "\u2019m");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "it", "we", "they", "i", "you");

    private ContractionTags() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            CoreLabel before = tokens.get(i - 1);
            String pronoun = before.word().toLowerCase(Locale.ROOT);
            if (CONTRACTED.contains(word) && PERSONAL_PRONOUNS.contains(pronoun)
                    && before.tag() != null && before.tag().startsWith("NNP")) {
                before.setTag("PRP");
                before.setLemma(pronoun);
            }
            if (!"POS".equals(t.tag()) || !CLITICS.contains(word)) continue;
            if (!PRONOUNS.contains(pronoun)) continue;
            boolean has = i + 1 < tokens.size() && "VBN".equals(tokens.get(i + 1).tag());
            t.setTag("VBZ");
            t.setLemma(has ? "have" : "be");
        }
    }
}
