package org.newsgraph.nlp.learn;

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

/**
 * A logistic regression over string features (a sparse binary vector): the probability is the
 * logistic function of the summed weights of the features present; a feature the model never saw
 * weighs nothing. Kept as a table of feature weights so that a shipped model is readable, diffable
 * and independent of any library's serialisation. Immutable, so thread-safe.
 */
public final class LogisticModel {
    private final Map<String, Double> weights;

    public LogisticModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** A model shipped as a classpath resource (lines "feature TAB weight", '#' starts a comment). */
    public static LogisticModel load(String resource) {
        InputStream in = LogisticModel.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource + " on the classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return fromLines(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

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

    public static LogisticModel fromLines(List<String> lines) {
        Map<String, Double> weights = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            if (tab < 0) throw new IllegalArgumentException("Not a feature weight line: " + line);
            weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new LogisticModel(weights);
    }
}
