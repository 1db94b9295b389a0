package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds quotations delimited by straight or curly double quotation marks.
 *
 * <p>Straight marks do not say which way they face, so a straight mark opens a quote when the
 * character before it is a space, a line start or an opening bracket. A paragraph that opens a
 * quote without closing it continues into the next paragraph when that one starts with an
 * opening mark, the newspaper convention for quotes longer than a paragraph.
 */
public final class QuoteFinder {
    private static final int MAX_QUOTE_LENGTH = 5000;

    public List<QuoteSpan> find(String text) {
        List<QuoteSpan> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                int next = nextNonBlank(text, i);
                if (next < text.length() && isOpening(text, next)) {
                    i = next; // continuation paragraph: keep the quote open
                    continue;
                }
                open = -1; // unbalanced mark: drop the quote rather than swallow the article
                continue;
            }
            if (!isQuoteMark(c)) continue;
            if (open >= 0 && (c == '\u201C' || c == '\u201E')) {
                // A new opening mark while one is open: the writer forgot to close the first quote.
                int end = i;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end - open > 1) quotes.add(new QuoteSpan(new Span(open + 1, end), new Span(open, end)));
                open = i;
                continue;
            }
            if (open < 0) {
                if (isOpening(text, i)) open = i;
            } else if (isClosing(text, i)) {
                if (i - open > 1 && i - open < MAX_QUOTE_LENGTH) {
                    quotes.add(new QuoteSpan(new Span(open + 1, i), new Span(open, i + 1)));
                }
                open = -1;
            }
        }
        return quotes;
    }

    private static int nextNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E') return true;
        if (c != '"') return false;
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '-' || before == ':';
    }

    private static boolean isClosing(String text, int i) {
        char c = text.charAt(i);
        return c == '\u201D' || c == '"' || c == '\u201C' && !isOpening(text, i);
    }
}
