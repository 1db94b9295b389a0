package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: first column left-aligned, the others right-aligned, columns sized to fit. */
final class TextTable {
    private static final String GAP = "  ";
    private final List<List<String>> rows = new ArrayList<>();

    TextTable row(List<String> cells) {
        if (!rows.isEmpty() && rows.get(0).size() != cells.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + rows.get(0).size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(pad(row.get(0), widths[0], true));
            for (int column = 1; column < widths.length; column++) {
                line.append(GAP).append(pad(row.get(column), widths[column], false));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String cell, int width, boolean left) {
        String padding = " ".repeat(width - cell.length());
        return left ? cell + padding : padding + cell;
    }
}
