package org.newsgraph.nlp.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.Sentence;

/**
 * The attribution-cue model: the probability that a verb, in its parsed sentence, heads the cue of
 * an attribution ("said", "acknowledged", "fears"), by logistic regression over {@link CueFeatures}.
 * Trained on PolNeAR's training texts by {@code newsgraph attribution-cues} ({@link
 * CueModelTrainer}); shipped as a table of feature weights ({@value #RESOURCE}) so that it is
 * readable, diffable and independent of any library's serialisation. Read once per JVM; {@link
 * #probability} is thread-safe.
 */
public final class CueModel {
    public static final String RESOURCE = "extract/attribution-cue-model.tsv";

    private static final class Holder {
        static final CueModel SHARED = fromLines(readResource());
    }

    private final Map<String, Double> weights;

    CueModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The shipped model, read on first use. */
    public static CueModel shared() {
        return Holder.SHARED;
    }

    /** The probability that token {@code i} heads an attribution cue; 0 for a token that is no verb. */
    public double probability(Sentence sentence, int i) {
        if (!CueFeatures.isCandidate(sentence, i)) return 0;
        return probability(CueFeatures.of(sentence, i));
    }

    /** The probability for features made by {@link CueFeatures#of}. */
    public double probability(List<String> features) {
        double score = 0;
        for (String feature : features) score += weights.getOrDefault(feature, 0.0);
        return 1 / (1 + Math.exp(-score));
    }

    public int size() {
        return weights.size();
    }

    /** The table's lines: feature and weight, strongest first. */
    public List<String> format() {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<String> lines = new ArrayList<>();
        lines.add("#feature\tweight");
        for (Map.Entry<String, Double> e : sorted) {
            lines.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()));
        }
        return lines;
    }

    static CueModel fromLines(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            if (tab < 0) throw new IllegalArgumentException("Not a feature weight line: " + line);
            weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new CueModel(weights);
    }

    private static List<String> readResource() {
        InputStream in = CueModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE + " on the classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
