package org.newsgraph.extract.statement;

import org.newsgraph.model.Span;

/**
 * Words inside quotation marks. A quote running over several paragraphs (opening marks on each
 * paragraph, closing mark only on the last) is one span.
 *
 * @param content the quoted words, without the marks
 * @param outer   the words with their marks
 */
public record QuoteSpan(Span content, Span outer) {
    public boolean contains(int offset) {
        return outer.begin() <= offset && offset < outer.end();
    }
}
