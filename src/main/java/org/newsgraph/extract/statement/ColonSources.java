package org.newsgraph.extract.statement;

import java.util.Optional;
import java.util.function.IntPredicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.Token;

/**
 * A name and a colon opening a paragraph: the headline convention "Hutchinson: Trump and top aides
 * knew …" and the transcript's "MARGARET BRENNAN: Thank you, Senator." The name is the source and
 * what follows the colon its words. Only a person's or an organization's name counts (not labels
 * such as "Contributing:", "When:" or "READ MORE:", nor a place's name, which heads a topic), and
 * the words must be a clause, not a list or a date.
 */
final class ColonSources {
    /** A name longer than this before a colon is a sentence, not a source. */
    private static final int MAX_NAME_TOKENS = 5;
    /** Fewer words after the colon are a label's value ("Ursids: December 21"), not words said. */
    private static final int MIN_CONTENT_TOKENS = 3;

    private ColonSources() {
    }

    /**
     * @param canSpeak whether a common noun can name a speaker ("Clinton campaign:", "Pentagon official:",
     *                 but not "Trump trial:", which heads a topic)
     */
    static Optional<Attribution> at(ParsedSentence s, String text, ResolvedActors actors, IntPredicate canSpeak) {
        int begin = s.sentence().begin();
        if (begin > 0 && text.charAt(begin - 1) != '\n') return Optional.empty();
        int colon = -1;
        for (int i = 1; i <= MAX_NAME_TOKENS && i < s.size(); i++) {
            if (s.token(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) return Optional.empty();
        boolean named = false;
        for (int i = 0; i < colon; i++) {
            Token t = s.token(i);
            // "Clinton campaign:", "Pentagon official:": a noun for a speaker may close a phrase a name opens
            boolean closesNamedPhrase = i == colon - 1 && i > 0 && t.pos().matches("NNS?")
                    && s.token(i - 1).pos().startsWith("NNP") && canSpeak.test(i);
            if (!t.pos().startsWith("NNP") && !t.pos().equals("POS") && !closesNamedPhrase) return Optional.empty();
            if (t.isNer("LOCATION") || t.isNer("COUNTRY") || t.isNer("CITY")) return Optional.empty();
            named |= t.isNer("PERSON") || t.isNer("ORGANIZATION")
                    || actors.mentionAt(t.begin()).isPresent() && !t.isNer("MISC");
        }
        int to = s.size() - 1;
        // the sentence's closing punctuation goes; a closing quotation mark stays with its words
        while (to > colon && (s.token(to).pos().equals(".") || s.token(to).pos().equals(",") || s.token(to).pos().equals(":"))) to--;
        if (!named || to - colon < MIN_CONTENT_TOKENS || !hasVerb(s, colon + 1, to)) return Optional.empty();
        return Optional.of(new Attribution(colon, colon - 1, new int[] {colon + 1, to}));
    }

    private static boolean hasVerb(ParsedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (s.token(i).pos().startsWith("VB") || s.token(i).pos().equals("MD")) return true;
        }
        return false;
    }
}
