package org.newsgraph.extract.statement;

/**
 * Words attributed to a source without a verb of saying ("according to X", "X: …").
 *
 * @param cue     index of the token that attributes ("according", the colon)
 * @param source  head of the phrase naming the source
 * @param content first and last token of the reported words
 */
record Attribution(int cue, int source, int[] content) {
}
