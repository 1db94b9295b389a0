package org.newsgraph.nlp.attribution;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the {@link CueModel}: L2-regularised logistic regression by CoreNLP's own classifier
 * trainer (quasi-Newton), then kept as one weight per feature. With two labels CoreNLP's softmax
 * has a weight per feature and label; the probability of "cue" is the logistic function of their
 * difference, which is the weight kept.
 */
public final class CueModelTrainer {
    static final String CUE = "cue";
    static final String OTHER = "other";
    /** Features seen fewer times than this are dropped: too rare to weigh, and they bloat the table. */
    public static final int MIN_FEATURE_COUNT = 2;

    private final double sigma;

    /** @param sigma the Gaussian prior's standard deviation (smaller: weights pulled harder to 0) */
    public CueModelTrainer(double sigma) {
        this.sigma = sigma;
    }

    public CueModel train(List<LabeledCue> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (LabeledCue e : examples) {
            for (String f : e.features()) counts.merge(f, 1, Integer::sum);
        }
        Dataset<String, String> data = new Dataset<>();
        for (LabeledCue e : examples) {
            List<String> kept = e.features().stream().filter(f -> counts.get(f) >= MIN_FEATURE_COUNT).toList();
            data.add(new BasicDatum<>(kept, e.cue() ? CUE : OTHER));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Counter<String> cue = byLabel.get(CUE);
        Counter<String> other = byLabel.get(OTHER);
        Map<String, Double> weights = new HashMap<>();
        for (String feature : classifier.featureIndex()) {
            double w = cue.getCount(feature) - other.getCount(feature);
            if (w != 0) weights.put(feature, w);
        }
        return new CueModel(weights);
    }
}
