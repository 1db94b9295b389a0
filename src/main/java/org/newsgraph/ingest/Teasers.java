package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes teasers for other stories: a headline followed by an excerpt cut off with an ellipsis.
 * Only teasers among page furniture or at the very end are removed, so a quotation that trails off
 * inside the article stays.
 */
final class Teasers {
    private static final Pattern TRUNCATED = Pattern.compile("[\\p{L}\\p{N},;]\\s*(…|\\.\\.\\.)$");

    private Teasers() {
    }

    static List<Line> remove(List<Line> lines) {
        int size = lines.size();
        boolean[] teaser = new boolean[size];
        for (int i = size - 1; i >= 1; i--) {
            boolean furnitureAfter = i + 1 == size || teaser[i + 1] || lines.get(i + 1).furniture();
            Line headline = lines.get(i - 1);
            if (furnitureAfter && TRUNCATED.matcher(lines.get(i).text()).find()
                    && headline.looksLikeHeadline() && !headline.furniture()) {
                teaser[i] = true;
                teaser[i - 1] = true;
                i--;
            }
        }
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!teaser[i]) kept.add(lines.get(i));
        }
        return kept;
    }
}
