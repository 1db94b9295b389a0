package org.newsgraph.tools.attribution;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.newsgraph.lexicon.CueCounts;
import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.lexicon.LearnedSources;
import org.newsgraph.lexicon.SourceCounts;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.learn.LabeledExample;
import org.newsgraph.nlp.learn.LogisticModel;
import org.newsgraph.nlp.learn.LogisticTrainer;
import org.newsgraph.tools.polnear.PolnearCorpus;
import org.newsgraph.tools.polnear.PolnearDocument;

/**
 * Writes {@code attribution-cues.tsv} (reporting verbs), {@code attribution-sources.tsv} (nouns
 * that head sources) and {@code attribution-cue-model.tsv} (the cue model) from a PolNeAR
 * compartment (train, never test), and reports the model's calibration on a held-out one (dev).
 */
public final class AttributionCueGenerator {
    /** Lemmas seen as a cue once are noise at any threshold worth using; they are left out. */
    static final int MIN_CUES_WRITTEN = 2;
    public static final String CUES_FILE = "attribution-cues.tsv";
    public static final String SOURCES_FILE = "attribution-sources.tsv";

    private AttributionCueGenerator() {
    }

    public static final String MODEL_FILE = "attribution-cue-model.tsv";
    /** The Gaussian prior of the cue model (compared on PolNeAR dev: docs/statements.md). */
    static final double MODEL_SIGMA = 1.0;

    /**
     * What was written, and the cue model's figures on the held-out compartment when one was given.
     */
    public record Summary(int texts, int lemmas, int cues, int sourceNouns, int modelFeatures,
                          Optional<CueModelReport> heldOut) {
    }

    public static Summary generate(Path compartment, Path outDir, Optional<Path> heldOut, PrintWriter progress)
            throws IOException {
        List<PolnearDocument> documents = PolnearCorpus.load(compartment, Integer.MAX_VALUE);
        CueLearner learner = new CueLearner(NlpPipeline.shared());
        List<CueCounts> counts = learner.learn(documents, progressPrinter(compartment, documents.size(), progress));
        progress.printf("Training the cue model on %d verbs ...%n", learner.examples().size());
        progress.flush();
        long trainingStarted = System.nanoTime();
        LogisticModel model = new LogisticTrainer(MODEL_SIGMA).train(learner.examples());
        progress.printf("  %d features in %.0f s%n", model.size(), (System.nanoTime() - trainingStarted) / 1e9);
        Optional<CueModelReport> report = Optional.empty();
        if (heldOut.isPresent()) {
            List<PolnearDocument> held = PolnearCorpus.load(heldOut.get(), Integer.MAX_VALUE);
            CueLearner heldLearner = new CueLearner(NlpPipeline.shared());
            heldLearner.learn(held, progressPrinter(heldOut.get(), held.size(), progress));
            report = Optional.of(CueModelReport.of(model, heldLearner.examples()));
        }
        List<CueCounts> kept = counts.stream().filter(c -> c.cues() >= MIN_CUES_WRITTEN).toList();
        List<SourceCounts> sources = learner.sources().stream().filter(c -> c.sources() >= MIN_CUES_WRITTEN).toList();
        Files.createDirectories(outDir);
        List<String> cueLines = new ArrayList<>(header("Verbs that head attribution cues", compartment, documents.size()));
        cueLines.add("# occurrences: tokens of the lemma tagged as a verb; cues: those heading an annotated cue;");
        cueLines.add("# content relations: dependency from the cue to the head of its content (other: not a dependent).");
        cueLines.addAll(LearnedCues.format(kept));
        Files.write(outDir.resolve(CUES_FILE), cueLines, StandardCharsets.UTF_8);
        List<String> sourceLines = new ArrayList<>(header("Common nouns that head attribution sources", compartment,
                documents.size()));
        sourceLines.add("# occurrences: tokens of the lemma tagged as a common noun; sources: those heading an annotated source.");
        sourceLines.addAll(LearnedSources.format(sources));
        Files.write(outDir.resolve(SOURCES_FILE), sourceLines, StandardCharsets.UTF_8);
        List<String> modelLines = new ArrayList<>(header("Weights of the attribution-cue model (logistic regression over "
                + "each verb's parse features)", compartment, documents.size(), "learned", "feature weights"));
        modelLines.add(String.format(java.util.Locale.ROOT, "# %d verbs, %d of them heading a cue; Gaussian prior sigma %.1f; "
                + "features seen fewer than %d times dropped.", learner.examples().size(),
                learner.examples().stream().filter(LabeledExample::positive).count(), MODEL_SIGMA, LogisticTrainer.MIN_FEATURE_COUNT));
        modelLines.addAll(model.format());
        Files.write(outDir.resolve(MODEL_FILE), modelLines, StandardCharsets.UTF_8);
        return new Summary(documents.size(), kept.size(), kept.stream().mapToInt(CueCounts::cues).sum(), sources.size(),
                model.size(), report);
    }

    private static IntConsumer progressPrinter(Path compartment, int total, PrintWriter progress) {
        progress.printf("Parsing %d PolNeAR texts of %s with the extraction pipeline ...%n", total, compartment);
        progress.flush();
        long started = System.nanoTime();
        return done -> {
            if (done % 50 == 0 || done == total) {
                progress.printf("  %d/%d texts, %.0f s%n", done, total, (System.nanoTime() - started) / 1e9);
                progress.flush();
            }
        };
    }

    private static List<String> header(String what, Path compartment, int texts) {
        return header(what, compartment, texts, "counted", "counts");
    }

    /** {@code how}: "counted" or "learned"; {@code holds}: what the file holds instead of text. */
    private static List<String> header(String what, Path compartment, int texts, String how, String holds) {
        return List.of(
                "# " + what + " in PolNeAR v1.0.0, compartment " + compartment.getFileName()
                        + " (" + texts + " texts), " + how + " on",
                "# the CoreNLP parses newsgraph extracts from. Generated by: newsgraph attribution-cues --polnear DIR",
                "# (do not edit by hand). Source: Newell, Margolin, Ruths, \"An attribution relations corpus for",
                "# political news\", LREC 2018 (PolNeAR); the file holds " + holds + ", no text of the corpus.");
    }
}
