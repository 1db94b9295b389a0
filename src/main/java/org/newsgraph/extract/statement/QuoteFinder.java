package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds quotations delimited by straight or curly double quotation marks, or by doubled apostrophes.
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
        int openWidth = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                int next = nextNonBlank(text, i);
                if (next < text.length() && isOpening(text, next)) {
                    openWidth = markWidth(text, next);
                    i = next + openWidth - 1; // continuation paragraph: keep the quote open
                    continue;
                }
                open = -1; // unbalanced mark: drop the quote rather than swallow the article
                continue;
            }
            int width = markWidth(text, i);
            if (width == 0) continue;
            if (open >= 0 && (c == '\u201C' || c == '\u201E')) {
                // A new opening mark while one is open: the writer forgot to close the first quote.
                int end = i;
                while (end > open + openWidth && Character.isWhitespace(text.charAt(end - 1))) end--;
                if (end - open > openWidth) quotes.add(new QuoteSpan(new Span(open + openWidth, end), new Span(open, end)));
                open = i;
                openWidth = width;
                continue;
            }
            if (open < 0) {
                if (isOpening(text, i)) {
                    open = i;
                    openWidth = width;
                }
            } else if (isClosing(text, i)) {
                if (i - open > openWidth && i - open < MAX_QUOTE_LENGTH) {
                    quotes.add(new QuoteSpan(new Span(open + openWidth, i), new Span(open, i + width)));
                }
                open = -1;
            }
            i += width - 1;
        }
        return quotes;
    }

    private static int nextNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /**
     * 1 for a double quotation mark, 2 for two apostrophes standing for one (typewriter style, as
     * the New York Times archive and some wire copy write quotes: ''Yes,'' he said), else 0.
     */
    static int markWidth(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') return 1;
        boolean doubled = (c == '\'' || c == '\u2019' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c;
        return doubled ? 2 : 0;
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '`' && markWidth(text, i) == 2) return true;
        if (markWidth(text, i) == 0 || c == '\u201D') return false;
        if (i == 0) return true;
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '-' || before == ':';
    }

    private static boolean isClosing(String text, int i) {
        char c = text.charAt(i);
        if (c == '`') return false;
        return c == '\u201D' || c == '"' || c == '\'' || c == '\u2019' || c == '\u201C' && !isOpening(text, i);
    }
}
