package org.newsgraph.ingest;

/**
 * Text decoded from bytes.
 *
 * @param text               the decoded text, with invalid sequences replaced by U+FFFD
 * @param malformedSequences how many invalid byte sequences were replaced
 */
record DecodedText(String text, int malformedSequences) {
    boolean hadMalformedInput() {
        return malformedSequences > 0;
    }
}
