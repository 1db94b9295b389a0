package org.newsgraph.tools.gazetteer;

import java.util.Comparator;

/** The one order for names in generated files: case-insensitive, ties broken exactly, so output is stable. */
final class DisplayOrder {
    static final Comparator<String> COMPARATOR =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private DisplayOrder() {
    }
}
