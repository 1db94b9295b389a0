package org.newsgraph.extract.statement;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Token;

/**
 * How print introduces a quotation without a verb of saying next to it: a clause ending in a colon
 * right before it ("Clinton released the following statement:"), or a signature after it, a dash and
 * a name ending the paragraph ("“…” ― Pamela Padilla"; a horizontal bar, an em or an en dash, not the
 * hyphen pair live blogs sign their authors with).
 */
final class QuoteIntroductions {
    /** A dash and a name of up to four words that end the paragraph: the signature of a quotation. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\h*[\u2015\u2014\u2013]\\h*(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\h+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})[\\h.]*(?:\\n|$)");

    /** The colon that introduces a quotation, and the sentence it ends. */
    record Colon(ParsedSentence sentence, int index) {
    }

    private QuoteIntroductions() {
    }

    /** The name signing a quotation that is a paragraph of its own. */
    static Optional<Span> signature(String text, QuoteSpan quote) {
        int paragraph = text.lastIndexOf('\n', Math.max(0, quote.outer().begin() - 1)) + 1;
        if (!text.substring(paragraph, quote.outer().begin()).isBlank()) return Optional.empty();
        Matcher signature = SIGNATURE.matcher(text).region(quote.outer().end(), text.length());
        if (!signature.lookingAt()) return Optional.empty();
        return Optional.of(new Span(signature.start(1), signature.end(1)));
    }

    /**
     * The colon written right before the quotation (nothing but white space between), in the
     * quotation's sentence or the one before, outside any other quotation.
     */
    static Optional<Colon> colonBefore(List<ParsedSentence> sentences, QuoteSpan quote, String text, IntPredicate insideQuote) {
        for (int k = sentences.size() - 1; k >= 0; k--) {
            ParsedSentence p = sentences.get(k);
            int before = -1;
            for (int i = 0; i < p.size() && p.token(i).end() <= quote.outer().begin(); i++) before = i;
            if (before < 0) continue;
            Token colon = p.token(before);
            boolean introduces = colon.word().equals(":") && !insideQuote.test(colon.begin())
                    && text.substring(colon.end(), quote.outer().begin()).isBlank();
            return introduces ? Optional.of(new Colon(p, before)) : Optional.empty();
        }
        return Optional.empty();
    }
}
