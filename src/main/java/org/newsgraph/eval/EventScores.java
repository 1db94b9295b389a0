package org.newsgraph.eval;

/**
 * Event figures of one article or of a total.
 *
 * @param counts    precision/recall counts (CAMEO root, agent, target or recipient)
 * @param modality  modality accuracy over found events whose gold gives a modality
 * @param cameoCode over found events, how many were matched with the full CAMEO code, not only the root
 */
public record EventScores(PrfCounts counts, AccuracyCounts modality, AccuracyCounts cameoCode) {
    public static final EventScores ZERO = new EventScores(PrfCounts.ZERO, AccuracyCounts.ZERO, AccuracyCounts.ZERO);

    public EventScores plus(EventScores other) {
        return new EventScores(counts.plus(other.counts), modality.plus(other.modality),
                cameoCode.plus(other.cameoCode));
    }
}
