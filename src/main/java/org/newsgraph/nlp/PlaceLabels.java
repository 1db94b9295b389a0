package org.newsgraph.nlp;

import java.util.List;

/**
 * A place and a colon opening a sentence: the dateline of news roundups ("Juneau: Republican Gov. Mike
 * Dunleavy defended …"), which says where, not who, and is no part of the words of a statement.
 */
public final class PlaceLabels {
    /** A longer run of words before the colon is no place name. */
    private static final int MAX_PLACE_TOKENS = 4;

    private PlaceLabels() {
    }

    /** The index of the colon after a place name opening the sentence, else -1. */
    public static int colonAfterPlace(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).isPlace()) return -1;
        for (int i = 1; i <= MAX_PLACE_TOKENS && i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equals(":")) return i;
            if (!tokens.get(i).isPlace()) return -1;
        }
        return -1;
    }
}
