package org.newsgraph.lexicon;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the training data says about one verb lemma: how often it occurs, how often it heads an
 * attribution cue, and by which dependency relation the cue reaches the head of its content.
 *
 * @param lemma       the verb's lemma
 * @param occurrences tokens of the lemma tagged as a verb in the training texts
 * @param cues        of those, the tokens that head an annotated cue
 * @param contentRelations for the cues, the relation from cue to content head ("ccomp", "obj", …),
 *                    or "other" when the content head is not a dependent of the cue
 */
public record CueCounts(String lemma, int occurrences, int cues, Map<String, Integer> contentRelations) {
    public CueCounts {
        contentRelations = Map.copyOf(contentRelations);
    }

    /** The share of the lemma's occurrences that are cues: an estimate of P(cue | verb lemma). */
    public double cueShare() {
        return occurrences == 0 ? 0 : (double) cues / occurrences;
    }

    /** The relations sorted by name, for a stable file. */
    public Map<String, Integer> sortedRelations() {
        return new TreeMap<>(contentRelations);
    }
}
