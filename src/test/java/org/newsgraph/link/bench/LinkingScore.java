package org.newsgraph.link.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Precision, recall and F1 of Wikidata ids for the mentions newsgraph links, per kind of entity.
 * <ul>
 *   <li>A prediction is judged when it overlaps a gold mention (any gold mention, NIL included):
 *   right when one of those has the same id, wrong otherwise. Predictions overlapping no gold
 *   mention are counted apart ("unjudged"): the benchmarks do not annotate every mention (RSS-500
 *   marks two a sentence), so they are neither right nor wrong. Precision = right / judged, counted
 *   by the kind of actor newsgraph made.</li>
 *   <li>Recall = required gold mentions with a Wikidata id that a prediction with the same id
 *   overlaps / all such mentions, counted by the gold kind. Coreferences, optional and nested
 *   mentions are not required. How many of them the gazetteer knows at all is counted too.</li>
 *   <li>Only what lies inside the document's evaluation span counts.</li>
 * </ul>
 */
final class LinkingScore {
    /** Counts for one kind. */
    static final class Counts {
        int right;
        int judged;
        int unjudged;
        int found;
        int gold;
        int inGazetteer;

        double precision() {
            return judged == 0 ? Double.NaN : (double) right / judged;
        }

        double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r)) return Double.NaN;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts other) {
            right += other.right;
            judged += other.judged;
            unjudged += other.unjudged;
            found += other.found;
            gold += other.gold;
            inGazetteer += other.inGazetteer;
        }
    }

    private final Map<GoldLabel.Kind, Counts> byKind = new EnumMap<>(GoldLabel.Kind.class);
    private final List<String> wrongLinks = new ArrayList<>();

    LinkingScore() {
        for (GoldLabel.Kind kind : List.of(GoldLabel.Kind.PERSON, GoldLabel.Kind.LOCATION, GoldLabel.Kind.ORGANIZATION)) {
            byKind.put(kind, new Counts());
        }
    }

    /** @param inGazetteer whether the offline gazetteer knows an id at all (the ceiling of offline recall) */
    synchronized void add(ElevantDocument document, List<Prediction> predictions, Predicate<String> inGazetteer) {
        List<Prediction> evaluated = predictions.stream()
                .filter(p -> document.evaluated(p.begin(), p.end()) && byKind.containsKey(p.kind())).toList();
        for (Prediction p : evaluated) {
            Counts counts = byKind.get(p.kind());
            List<GoldLabel> overlapping = document.labels().stream().filter(g -> g.overlaps(p.begin(), p.end())).toList();
            if (overlapping.isEmpty()) {
                counts.unjudged++;
                continue;
            }
            counts.judged++;
            if (overlapping.stream().anyMatch(g -> p.qid().equals(g.qid()))) {
                counts.right++;
            } else {
                wrongLinks.add(document.id() + "\t" + document.text().substring(p.begin(), p.end()).replace('\n', ' ')
                        + "\t" + p.qid() + "\t" + overlapping.stream().map(g -> g.qid() == null ? "NIL" : g.qid()).toList());
            }
        }
        for (GoldLabel g : document.labels()) {
            if (!g.required() || g.qid() == null || !byKind.containsKey(g.kind())
                    || !document.evaluated(g.begin(), g.end())) {
                continue;
            }
            Counts counts = byKind.get(g.kind());
            counts.gold++;
            if (inGazetteer.test(g.qid())) counts.inGazetteer++;
            if (evaluated.stream().anyMatch(p -> g.overlaps(p.begin(), p.end()) && g.qid().equals(p.qid()))) {
                counts.found++;
            }
        }
    }

    /** Judged-wrong links: document id, linked text, predicted id, the gold ids it overlaps (tab-separated). */
    synchronized List<String> wrongLinks() {
        return List.copyOf(wrongLinks);
    }

    Counts of(GoldLabel.Kind kind) {
        return byKind.get(kind);
    }

    Counts total() {
        Counts total = new Counts();
        byKind.values().forEach(total::add);
        return total;
    }
}
