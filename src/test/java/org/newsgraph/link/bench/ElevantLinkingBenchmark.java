package org.newsgraph.link.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Runs newsgraph's mention detection (CoreNLP + ActorExtractor) and offline linking
 * (ActorResolver over the shipped gazetteer) on the texts of ELEVANT benchmarks and scores the
 * Wikidata ids of the mentions it links ({@link LinkingScore}).
 */
final class ElevantLinkingBenchmark {
    /** The benchmarks of ../shared/bench/elevant that are measured, in table order. */
    static final List<String> BENCHMARKS = List.of("news-fair-v2", "reuters-128", "rss-500", "kore50", "msnbc-updated");

    private final Gazetteer gazetteer = Gazetteer.load();
    private final ActorExtractor extractor = new ActorExtractor();
    private final ActorResolver resolver = new ActorResolver(gazetteer);
    private final NlpPipeline nlp;

    ElevantLinkingBenchmark(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    Map<String, LinkingScore> run(Path directory, int threads) throws Exception {
        Map<String, LinkingScore> scores = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (String benchmark : BENCHMARKS) {
                scores.put(benchmark, score(directory.resolve(benchmark + ".benchmark.jsonl"), pool));
            }
        } finally {
            pool.shutdownNow();
        }
        return scores;
    }

    private LinkingScore score(Path file, ExecutorService pool) throws IOException, Exception {
        LinkingScore score = new LinkingScore();
        List<Future<?>> work = new ArrayList<>();
        for (ElevantDocument document : ElevantDocument.read(file)) {
            work.add(pool.submit(() -> score.add(document, predictions(document), this::inGazetteer)));
        }
        for (Future<?> f : work) f.get();
        return score;
    }

    List<Prediction> predictions(ElevantDocument document) {
        AnalyzedText analyzed = nlp.analyze(document.text(), document.date());
        ResolvedActors resolved = resolver.resolve(extractor.extract(analyzed), document.date());
        List<Prediction> predictions = new ArrayList<>();
        for (ResolvedMention mention : resolved.mentions()) {
            Actor actor = resolved.actor(mention.actorId()).orElseThrow();
            if (actor.isLinked()) {
                predictions.add(new Prediction(mention.span().begin(), mention.span().end(), actor.wikidata(),
                        kind(actor.type())));
            }
        }
        return predictions;
    }

    private boolean inGazetteer(String qid) {
        return gazetteer.stateById(qid).isPresent() || gazetteer.personById(qid).isPresent()
                || gazetteer.organizationById(qid).isPresent();
    }

    private static GoldLabel.Kind kind(ActorType type) {
        return switch (type) {
            case PERSON -> GoldLabel.Kind.PERSON;
            case STATE -> GoldLabel.Kind.LOCATION;
            case ORGANIZATION -> GoldLabel.Kind.ORGANIZATION;
        };
    }

    /** The Markdown table of docs/quality.md. */
    static String table(Map<String, LinkingScore> scores) {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | type | P | R | F1 | right / judged | found / gold | unjudged | gold in gazetteer |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        LinkingScore.Counts all = new LinkingScore.Counts();
        scores.forEach((benchmark, score) -> {
            row(out, benchmark, "person", score.of(GoldLabel.Kind.PERSON));
            row(out, benchmark, "location/state", score.of(GoldLabel.Kind.LOCATION));
            row(out, benchmark, "organization", score.of(GoldLabel.Kind.ORGANIZATION));
            row(out, benchmark, "**all**", score.total());
            all.add(score.total());
        });
        row(out, "**all five**", "**all**", all);
        return out.toString();
    }

    private static void row(StringBuilder out, String benchmark, String type, LinkingScore.Counts c) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d / %d | %d / %d | %d | %d |%n", benchmark,
                type, ratio(c.precision()), ratio(c.recall()), ratio(c.f1()), c.right, c.judged, c.found, c.gold,
                c.unjudged, c.inGazetteer));
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
