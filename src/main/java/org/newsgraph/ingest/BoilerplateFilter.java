package org.newsgraph.ingest;

import java.util.List;

/**
 * Removes page furniture from plain article text: newsletter and membership appeals, related-story
 * links, share and cookie text, embedded social posts, teasers, the feed of other stories that
 * scraped pages end with, and the title and counters of photo galleries (the captions stay). Returns the remaining paragraphs separated by blank lines.
 */
public final class BoilerplateFilter {
    private final BoilerplatePatterns patterns;

    /** A filter with the cue lists shipped in {@code ingest/boilerplate-cues.txt}. */
    public BoilerplateFilter() {
        this(BoilerplatePatterns.standard());
    }

    BoilerplateFilter(BoilerplatePatterns patterns) {
        this.patterns = patterns;
    }

    /** The article text without furniture; empty when nothing but furniture was there. */
    public String clean(String text) {
        List<Line> lines = Paragraphs.split(PhotoGalleries.unwrap(text)).stream().map(patterns::classify).toList();
        // the tail cut and teaser detection use furniture lines as evidence, so those go last
        lines = FeedTail.cut(lines);
        lines = EmbeddedPosts.remove(lines);
        lines = Teasers.remove(lines);
        return Paragraphs.join(lines.stream().filter(line -> !line.furniture()).map(Line::text).toList());
    }
}
