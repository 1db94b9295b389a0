package org.newsgraph.ingest;

import java.util.List;

/**
 * Finds where a page's trailing feed of other stories begins ("News Feed", "More news", "Trending").
 * A heading alone is not enough, since articles have sections called "The latest" too: the heading
 * must come after the article has started and be followed by feed material (timestamps, more
 * headings, page furniture, or nothing but link titles).
 */
final class FeedTail {
    /** How far past the heading to look for feed evidence. */
    private static final int EVIDENCE_WINDOW = 6;

    private FeedTail() {
    }

    /** The paragraphs before the feed, or all of them when there is none. */
    static List<String> cut(List<String> paragraphs, BoilerplatePatterns patterns) {
        boolean articleStarted = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            if (articleStarted && patterns.isFeedHeading(paragraph) && feedFollows(paragraphs, i, patterns)) {
                return List.copyOf(paragraphs.subList(0, i));
            }
            if (!patterns.isFurniture(paragraph) && Prose.endsLikeSentence(paragraph)) articleStarted = true;
        }
        return paragraphs;
    }

    private static boolean feedFollows(List<String> paragraphs, int heading, BoilerplatePatterns patterns) {
        List<String> rest = paragraphs.subList(heading + 1, paragraphs.size());
        List<String> window = rest.subList(0, Math.min(EVIDENCE_WINDOW, rest.size()));
        return window.stream().anyMatch(paragraph -> patterns.isFurniture(paragraph) || patterns.isTimestamp(paragraph))
                || rest.stream().allMatch(Prose::looksLikeHeadline);
    }
}
