package org.newsgraph.tools.cameo;

/**
 * A verb of a PETRARCH verb block: its lemma, the particle or preposition of a phrasal entry
 * ("ASK_FOR" is ask + for), and the CAMEO code the verb has on its own, or null when it codes
 * nothing without a pattern ("[---]").
 */
public record VerbEntry(String block, String lemma, String particle, String code) {
}
