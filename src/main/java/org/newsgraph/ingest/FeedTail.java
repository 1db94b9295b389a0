package org.newsgraph.ingest;

import java.util.List;

/**
 * Finds where a page's trailing feed of other stories begins ("News Feed", "More news", "Trending").
 * A heading alone is not enough, since articles have sections called "Latest" too: the heading
 * must come after the article has started and be followed by feed material (timestamps, more
 * headings, page furniture, or nothing but link titles).
 */
final class FeedTail {
    /** How far past the heading to look for feed evidence. */
    private static final int EVIDENCE_WINDOW = 6;

    private FeedTail() {
    }

    /** The lines before the feed, or all of them when there is none. */
    static List<Line> cut(List<Line> lines) {
        boolean articleStarted = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (articleStarted && line.feedHeading() && feedFollows(lines.subList(i + 1, lines.size()))) {
                return List.copyOf(lines.subList(0, i));
            }
            if (!line.furniture() && line.endsLikeSentence()) articleStarted = true;
        }
        return lines;
    }

    private static boolean feedFollows(List<Line> rest) {
        return rest.subList(0, Math.min(EVIDENCE_WINDOW, rest.size())).stream().anyMatch(Line::feedEvidence)
                || rest.stream().allMatch(Line::looksLikeHeadline);
    }
}
