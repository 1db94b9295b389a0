package org.newsgraph.bench.polnear;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * The benchmark's one notion of overlap: two spans overlap when they share at least one letter or
 * digit of the text. Sharing only a space, comma or quotation mark does not count, so a statement
 * that starts right after a gold content's closing quote does not match it.
 */
final class TextOverlap {
    private final String text;

    TextOverlap(String text) {
        this.text = text;
    }

    boolean overlaps(Span a, Span b) {
        int end = Math.min(a.end(), b.end());
        for (int i = Math.max(a.begin(), b.begin()); i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return true;
        }
        return false;
    }

    boolean anyOverlap(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (overlaps(x, y)) return true;
            }
        }
        return false;
    }
}
