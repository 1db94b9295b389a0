package org.newsgraph.nlp.attribution;

import java.util.List;

/** A training example of the cue model: a verb's features and whether it heads an annotated cue. */
public record LabeledCue(List<String> features, boolean cue) {
    public LabeledCue {
        features = List.copyOf(features);
    }
}
