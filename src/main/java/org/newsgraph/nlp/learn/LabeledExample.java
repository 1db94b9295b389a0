package org.newsgraph.nlp.learn;

import java.util.List;

/** A training example of a {@link LogisticModel}: its features and whether it is a positive case. */
public record LabeledExample(List<String> features, boolean positive) {
    public LabeledExample {
        features = List.copyOf(features);
    }
}
