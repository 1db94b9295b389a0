package org.newsgraph.bench.polnear;

/** What must match for a statement and a gold attribution to count as the same attribution. */
public enum Criterion {
    /** The content spans overlap. */
    CONTENT("content"),
    /** The content spans overlap and a speaker span overlaps the gold source span. */
    CONTENT_AND_SOURCE("content+source"),
    /** As {@link #CONTENT_AND_SOURCE}, the gold source widened by CoreNLP coreference. */
    CONTENT_AND_SOURCE_COREF("content+source, coref");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
