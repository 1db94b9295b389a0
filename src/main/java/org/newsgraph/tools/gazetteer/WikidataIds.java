package org.newsgraph.tools.gazetteer;

import java.util.regex.Pattern;

/** What the sources' Wikidata item ids look like ("Q7184"): a source cell that is not one is no id. */
final class WikidataIds {
    private static final Pattern ITEM = Pattern.compile("Q[1-9][0-9]*");

    private WikidataIds() {
    }

    static boolean isItem(String text) {
        return text != null && ITEM.matcher(text).matches();
    }
}
