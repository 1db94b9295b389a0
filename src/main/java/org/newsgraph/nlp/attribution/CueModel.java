package org.newsgraph.nlp.attribution;

import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.learn.LogisticModel;

/**
 * The attribution-cue model: the probability that a verb, in its parsed sentence, heads the cue of
 * an attribution ("said", "acknowledged", "fears"), by logistic regression over {@link CueFeatures}.
 * Trained on PolNeAR's training texts by {@code newsgraph attribution-cues}; shipped as a table of
 * feature weights ({@value #RESOURCE}). Read once per JVM; thread-safe.
 */
public final class CueModel {
    public static final String RESOURCE = "extract/attribution-cue-model.tsv";

    private static final class Holder {
        static final CueModel SHARED = new CueModel(LogisticModel.load(RESOURCE));
    }

    private final LogisticModel model;

    public CueModel(LogisticModel model) {
        this.model = model;
    }

    /** The shipped model, read on first use. */
    public static CueModel shared() {
        return Holder.SHARED;
    }

    /** The probability that token {@code i} heads an attribution cue; 0 for a token that is no verb. */
    public double probability(Sentence sentence, int i) {
        if (!CueFeatures.isCandidate(sentence, i)) return 0;
        return model.probability(CueFeatures.of(sentence, i));
    }

    public LogisticModel weights() {
        return model;
    }
}
