package org.newsgraph.tools.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.learn.LabeledExample;
import org.newsgraph.nlp.learn.LogisticModel;

/**
 * How well the cue model's probabilities hold on texts it was not trained on: log loss, Brier score,
 * expected calibration error over ten bins with the bins themselves (predicted against observed
 * share of cues), and precision and recall at a few thresholds.
 */
public record CueModelReport(int examples, int cues, double logLoss, double brier, double calibrationError,
                             List<String> bins, List<String> thresholds) {
    private static final int BINS = 10;

    public static CueModelReport of(LogisticModel model, List<LabeledExample> examples) {
        double logLoss = 0;
        double brier = 0;
        int cues = 0;
        double[] predicted = new double[BINS];
        int[] observed = new int[BINS];
        int[] counts = new int[BINS];
        double[] p = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            LabeledExample e = examples.get(i);
            p[i] = model.probability(e.features());
            double y = e.positive() ? 1 : 0;
            cues += (int) y;
            double clipped = Math.min(1 - 1e-9, Math.max(1e-9, p[i]));
            logLoss -= y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped);
            brier += (p[i] - y) * (p[i] - y);
            int bin = Math.min(BINS - 1, (int) (p[i] * BINS));
            predicted[bin] += p[i];
            observed[bin] += (int) y;
            counts[bin]++;
        }
        int n = examples.size();
        double ece = 0;
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (counts[b] == 0) continue;
            double meanPredicted = predicted[b] / counts[b];
            double share = (double) observed[b] / counts[b];
            ece += Math.abs(meanPredicted - share) * counts[b] / n;
            bins.add(String.format(Locale.ROOT, "%.1f-%.1f\t%d\t%.3f\t%.3f", b / 10.0, (b + 1) / 10.0, counts[b],
                    meanPredicted, share));
        }
        List<String> thresholds = new ArrayList<>();
        for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            int tp = 0;
            int predictedCues = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] < t) continue;
                predictedCues++;
                if (examples.get(i).positive()) tp++;
            }
            thresholds.add(String.format(Locale.ROOT, "%.1f\t%d\t%.3f\t%.3f", t, predictedCues,
                    predictedCues == 0 ? 0 : (double) tp / predictedCues, cues == 0 ? 0 : (double) tp / cues));
        }
        return new CueModelReport(n, cues, logLoss / n, brier / n, ece, bins, thresholds);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d verbs, %d of them cues: log loss %.4f, Brier %.4f, expected calibration error %.4f",
                examples, cues, logLoss, brier, calibrationError));
        lines.add("probability bin\tverbs\tmean probability\tshare of cues");
        lines.addAll(bins);
        lines.add("threshold\tverbs taken\tprecision\trecall");
        lines.addAll(thresholds);
        return lines;
    }
}
