package org.newsgraph.explore;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.ClasspathText;

/**
 * The canned queries of the explorer, listed in explore/canned-queries.txt and read from the
 * queries/ folder inside the jar. A query's title is its first comment line up to the colon.
 */
final class CannedQueries {
    private static final String LIST = "explore/canned-queries.txt";

    private CannedQueries() {
    }

    static List<CannedQuery> load() {
        List<CannedQuery> queries = new ArrayList<>();
        for (String line : ClasspathText.read(LIST).split("\n")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                String text = ClasspathText.read("queries/" + file);
                queries.add(new CannedQuery(file, title(file, text), text));
            }
        }
        return List.copyOf(queries);
    }

    static String title(String file, String text) {
        return text.lines()
                .filter(line -> line.startsWith("#"))
                .findFirst()
                .map(line -> line.substring(1).strip())
                .map(line -> line.contains(":") ? line.substring(0, line.indexOf(':')) : line)
                .filter(line -> !line.isEmpty())
                .orElse(file);
    }
}
