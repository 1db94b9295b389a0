package org.newsgraph.model;

/** A stretch of the article text: [begin, end) character offsets. */
public record Span(int begin, int end) {
    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }
}
