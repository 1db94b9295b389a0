package org.newsgraph.lexicon;

/**
 * What the training data says about one common noun as the source of words.
 *
 * @param lemma       the noun's lemma
 * @param occurrences tokens of the lemma tagged as a common noun in the training texts
 * @param sources     annotated sources this noun heads ("the bank said", "according to the poll")
 */
public record SourceCounts(String lemma, int occurrences, int sources) {
}
