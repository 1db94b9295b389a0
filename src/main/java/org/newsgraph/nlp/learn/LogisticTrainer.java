package org.newsgraph.nlp.learn;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link LogisticModel}: L2-regularised logistic regression by CoreNLP's own classifier
 * trainer (quasi-Newton), then kept as one weight per feature. With two labels CoreNLP's softmax
 * has a weight per feature and label; the probability of the positive label is the logistic
 * function of their difference, which is the weight kept.
 */
public final class LogisticTrainer {
    private static final String POSITIVE = "positive";
    private static final String NEGATIVE = "negative";
    /** Features seen fewer times than this are dropped: too rare to weigh, and they bloat the table. */
    public static final int MIN_FEATURE_COUNT = 2;

    private final double sigma;

    /** @param sigma the Gaussian prior's standard deviation (smaller: weights pulled harder to 0) */
    public LogisticTrainer(double sigma) {
        this.sigma = sigma;
    }

    public LogisticModel train(List<LabeledExample> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabeledExample e : examples) {
            for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        }
        Dataset<String, String> data = new Dataset<>();
        for (LabeledExample e : examples) {
            List<String> kept = e.features().stream().filter(f -> counts.get(f) >= MIN_FEATURE_COUNT).toList();
            data.add(new BasicDatum<>(kept, e.positive() ? POSITIVE : NEGATIVE));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Counter<String> positive = byLabel.get(POSITIVE);
        Counter<String> negative = byLabel.get(NEGATIVE);
        Map<String, Double> weights = new HashMap<>();
        for (String feature : classifier.featureIndex()) {
            double w = positive.getCount(feature) - negative.getCount(feature);
            if (w != 0) weights.put(feature, w);
        }
        return new LogisticModel(weights);
    }
}
