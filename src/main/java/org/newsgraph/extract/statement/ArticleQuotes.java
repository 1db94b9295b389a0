package org.newsgraph.extract.statement;

import java.util.List;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Token;

/** The quotations of one article, and what tells a quotation mark in a parsed sentence. */
final class ArticleQuotes {
    private final List<QuoteSpan> quotes;

    ArticleQuotes(List<QuoteSpan> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    List<QuoteSpan> all() {
        return quotes;
    }

    boolean insideQuote(int offset) {
        for (QuoteSpan q : quotes) {
            if (q.contains(offset)) return true;
        }
        return false;
    }

    /** The quotations that overlap a sentence. */
    List<QuoteSpan> in(ParsedSentence s) {
        Span sentence = new Span(s.sentence().begin(), s.sentence().end());
        return quotes.stream().filter(q -> q.outer().overlaps(sentence)).toList();
    }

    static boolean isQuoteMark(Token t) {
        return t.word().matches("[\"\u201C\u201D'`]+") || t.pos().equals("``") || t.pos().equals("''");
    }

    /** A closing mark whose quote opened inside the words ("on a “private visit”") stays with them. */
    static boolean closesQuoteOpenedIn(ParsedSentence s, int from, int mark) {
        return marksBetween(s, from, mark) % 2 == 1;
    }

    /** How many quotation marks stand from token {@code from} up to, not including, token {@code to}. */
    static int marksBetween(ParsedSentence s, int from, int to) {
        int marks = 0;
        for (int i = from; i < to; i++) {
            if (isQuoteMark(s.token(i))) marks++;
        }
        return marks;
    }

    /** Whether quotations cover at least four fifths of a span. */
    static boolean covered(Span span, List<QuoteSpan> inside) {
        int quoted = 0;
        for (QuoteSpan q : inside) {
            quoted += Math.min(q.content().end(), span.end()) - Math.max(q.content().begin(), span.begin());
        }
        return quoted >= 0.8 * (span.end() - span.begin());
    }
}
