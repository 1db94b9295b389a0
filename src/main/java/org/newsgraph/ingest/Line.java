package org.newsgraph.ingest;

/**
 * A paragraph of article text with its furniture classification, computed once: the filter's
 * stages all consult it, and pattern matching is the costly part of ingest.
 *
 * @param text          the paragraph
 * @param cue           short and matching a furniture cue (sign-up, share, related link …)
 * @param feedHeading   a heading that opens a list of other stories
 * @param timestamp     nothing but a time or date
 * @param postSignature ends with the signature of an embedded social-media post
 */
record Line(String text, boolean cue, boolean feedHeading, boolean timestamp, boolean postSignature) {
    /** Never article text: dropped wherever it stands. */
    boolean furniture() {
        return cue || feedHeading;
    }

    /** Marks a list of other stories when it follows a feed heading. */
    boolean feedEvidence() {
        return furniture() || timestamp;
    }

    boolean endsLikeSentence() {
        return Prose.endsLikeSentence(text);
    }

    boolean looksLikeHeadline() {
        return Prose.looksLikeHeadline(text);
    }
}
