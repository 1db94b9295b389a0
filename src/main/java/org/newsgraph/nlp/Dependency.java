package org.newsgraph.nlp;

/**
 * One edge of a sentence's enhanced++ dependency graph (Universal Dependencies).
 *
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation  the relation with its subtype, e.g. "nsubj", "obl:to", "nmod:poss"
 */
public record Dependency(int governor, int dependent, String relation) {
}
