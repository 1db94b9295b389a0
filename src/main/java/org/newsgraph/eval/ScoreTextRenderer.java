package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** Renders a {@link ScoreReport} for a terminal: rules header, a figures table and a counts table. */
final class ScoreTextRenderer {
    private static final int LINE_WIDTH = 100;
    private static final String TOTAL = "TOTAL (micro)";
    private static final List<String> FIGURE_HEADER = List.of("article",
            "ent.P", "ent.R", "ent.F1", "stm.P", "stm.R", "stm.F1", "evt.P", "evt.R", "evt.F1",
            "modality", "kind", "code");
    private static final List<String> COUNT_HEADER = List.of("article",
            "ent found/gold", "ent right/linked", "stm found/gold", "stm right/extr",
            "evt found/gold", "evt right/extr", "modality", "kind", "code");

    private ScoreTextRenderer() {
    }

    static String render(ScoreReport report) {
        StringBuilder text = new StringBuilder(header(report));
        TextTable figures = new TextTable().row(FIGURE_HEADER);
        TextTable counts = new TextTable().row(COUNT_HEADER);
        for (ArticleScore article : report.articles()) {
            String name = article.missing() ? article.sourceId() + " (missing)" : article.sourceId();
            figures.row(figureRow(name, article.scores()));
            counts.row(countRow(name, article.scores()));
        }
        figures.row(figureRow(TOTAL, report.total()));
        counts.row(countRow(TOTAL, report.total()));
        text.append("\nPrecision, recall, F1; accuracies of modality, quote kind and full CAMEO code"
                + " over found items (- = undefined, 0/0)\n");
        text.append(figures.render());
        text.append("\nCounts (found/gold = recall, right/extracted = precision, right/judged = accuracy)\n");
        text.append(counts.render());
        if (!report.missing().isEmpty()) {
            text.append("\nMissing from the graph (no ng:Article with this ng:sourceId): ")
                    .append(String.join(", ", report.missing())).append('\n');
        }
        return text.toString();
    }

    private static String header(ScoreReport report) {
        StringBuilder text = new StringBuilder("newsgraph eval against " + report.gold() + ": "
                + count(report.articles().size(), "gold article") + ", " + report.missing().size()
                + " missing from the graph, " + count(report.notInGold().size(), "graph article")
                + " not in the gold\n");
        text.append("Scoring rules:\n");
        for (String rule : ScoringRules.RULES) {
            text.append(wrap("- " + rule, "  "));
        }
        return text.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static List<String> figureRow(String name, Scores scores) {
        PrfCounts entities = scores.entities();
        PrfCounts statements = scores.statements().counts();
        PrfCounts events = scores.events().counts();
        return Stream.of(List.of(name),
                        prf(entities), prf(statements), prf(events),
                        List.of(format(scores.events().modality().accuracy()),
                                format(scores.statements().kind().accuracy()),
                                format(scores.events().cameoCode().accuracy())))
                .flatMap(List::stream).toList();
    }

    private static List<String> countRow(String name, Scores scores) {
        PrfCounts entities = scores.entities();
        PrfCounts statements = scores.statements().counts();
        PrfCounts events = scores.events().counts();
        return List.of(name,
                entities.found() + "/" + entities.gold(), entities.correct() + "/" + entities.extracted(),
                statements.found() + "/" + statements.gold(), statements.correct() + "/" + statements.extracted(),
                events.found() + "/" + events.gold(), events.correct() + "/" + events.extracted(),
                fraction(scores.events().modality()), fraction(scores.statements().kind()),
                fraction(scores.events().cameoCode()));
    }

    private static List<String> prf(PrfCounts counts) {
        return List.of(format(counts.precision()), format(counts.recall()), format(counts.f1()));
    }

    private static String fraction(AccuracyCounts counts) {
        return counts.correct() + "/" + counts.total();
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }

    private static String wrap(String paragraph, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            line.append(line.isEmpty() || line.toString().equals(indent) ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }
}
