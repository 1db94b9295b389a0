package org.newsgraph.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The American spelling of a British one ("neutralise" → "neutralize", "defence" → "defense",
 * "honour" → "honor"), for looking words up in dictionaries written in American English (PETRARCH-2's
 * verb dictionary, the trigger table). A word without a British ending is returned as it is; callers
 * try the variant only when the word itself is not found, so a wrong variant finds nothing.
 */
public final class AmericanSpelling {
    private record Rule(Pattern british, String american) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?<=\\w{3})is(e|ation)$"), "iz$1"),
            new Rule(Pattern.compile("(?<=\\w{2})yse$"), "yze"),
            new Rule(Pattern.compile("(?<=\\w{2})ence$"), "ense"),
            new Rule(Pattern.compile("(?<=\\w{2})our$"), "or"),
            new Rule(Pattern.compile("(?<=\\w{4})mme$"), "m"));

    private AmericanSpelling() {
    }

    /** The American variant of a lower-case word, or the word itself when no British ending applies. */
    public static String of(String word) {
        for (Rule rule : RULES) {
            var matcher = rule.british().matcher(word);
            if (matcher.find()) return matcher.replaceFirst(rule.american());
        }
        return word;
    }
}
