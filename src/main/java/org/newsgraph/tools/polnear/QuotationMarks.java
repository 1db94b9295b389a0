package org.newsgraph.tools.polnear;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * Tells quoted contents from paraphrase. Only double marks count: the single right quotation mark
 * is also the typographic apostrophe ("it’s"), so single marks would call most paraphrase quoted.
 */
public final class QuotationMarks {
    private static final String DOUBLE_MARKS = "\"“”„«»";

    private QuotationMarks() {
    }

    public static boolean anyIn(String text, List<Span> spans) {
        for (Span span : spans) {
            for (int i = span.begin(); i < span.end(); i++) {
                if (DOUBLE_MARKS.indexOf(text.charAt(i)) >= 0) return true;
            }
        }
        return false;
    }
}
