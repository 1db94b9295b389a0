package org.newsgraph.bench.polnear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.newsgraph.eval.PrfCounts;

/** The benchmark's figures as Markdown tables, readable in a console too. */
final class BenchmarkTable {
    private BenchmarkTable() {
    }

    static String render(BenchmarkResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d texts, %d gold attributions (%d with a source, %d quoted).%n%n",
                result.documents(), result.gold(), result.goldWithSource(), result.goldQuoted()));
        List<List<String>> main = new ArrayList<>();
        main.add(List.of("system", "match", "gold", "found", "recall", "statements", "correct", "precision", "F1"));
        for (SystemScores scores : result.systems()) {
            scores.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                PrfCounts c = e.getValue();
                main.add(List.of(scores.system(), e.getKey().label(), count(c.gold()), count(c.found()),
                        ratio(c.recall()), count(c.extracted()), count(c.correct()), ratio(c.precision()),
                        ratio(c.f1())));
            });
        }
        out.append(markdown(main));
        out.append("\nFor content+source rows, \"statements\" counts the statements that have a speaker.\n\n");
        out.append("Recall by kind of gold content (quoted: direct or mixed quotes; unquoted: paraphrase):\n\n");
        List<List<String>> byKind = new ArrayList<>();
        byKind.add(List.of("system", "match", "quoted gold found", "recall", "unquoted gold found", "recall"));
        for (SystemScores scores : result.systems()) {
            scores.quoted().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                PrfCounts q = e.getValue();
                PrfCounts u = scores.unquoted().get(e.getKey());
                byKind.add(List.of(scores.system(), e.getKey().label(), q.found() + " / " + q.gold(),
                        ratio(q.recall()), u.found() + " / " + u.gold(), ratio(u.recall())));
            });
        }
        out.append(markdown(byKind));
        if (result.coreNlpOrigin() != null) out.append('\n').append(result.coreNlpOrigin()).append('\n');
        return out.toString();
    }

    private static String count(int n) {
        return Integer.toString(n);
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "–";
    }

    /** Columns padded to their widest cell so the table also lines up as plain text. */
    private static String markdown(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], row.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append(line(rows.get(r), widths));
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int i = 0; i < widths.length; i++) rule.add("-".repeat(widths[i] - 1) + (i < 2 ? "-" : ":"));
                out.append(line(rule, widths));
            }
        }
        return out.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(' ').append(i < 2 ? cell + padding : padding + cell).append(" |");
        }
        return line.append('\n').toString();
    }
}
