package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tab-separated format of the gazetteer's data files and hand-made inputs: a header row naming the
 * columns, one record a line, "|" between the items of a list cell, an empty cell for none. Lines
 * starting with "#" and blank lines are comments, so hand-made inputs can document themselves.
 */
public final class TsvTable {
    public static final String LIST_SEPARATOR = "|";
    private static final Pattern LIST_SPLIT = Pattern.compile("\\|");
    private static final Pattern FORBIDDEN_IN_CELLS = Pattern.compile("[\\t\\r\\n|]+");

    private TsvTable() {
    }

    /** One data line, read by column name. */
    public record Row(Map<String, String> cells, String origin) {
        public Row {
            cells = Map.copyOf(cells);
        }

        /** The trimmed cell, "" when empty. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The cell or null when empty. */
        public String getOrNull(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        /** The list items of the cell, trimmed, empty items skipped. */
        public List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) return List.of();
            return Arrays.stream(LIST_SPLIT.split(value)).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** The cell as a whole number, or null when empty; a malformed number names the line. */
        public Integer integer(String column) {
            String value = get(column);
            if (value.isEmpty()) return null;
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(origin + ": column " + column + " is not a number: '" + value + "'");
            }
        }
    }

    /** Reads a table from a file. */
    public static List<Row> read(Path file, List<String> requiredColumns) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), requiredColumns);
        }
    }

    /**
     * Reads a table shipped on the classpath ("extract/event-word-classes.tsv"). A missing resource
     * is a broken build, not bad input: IllegalStateException; an unreadable one UncheckedIOException.
     */
    public static List<Row> readResource(String resource, List<String> requiredColumns) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource + " on the classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, resource, requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * Reads a table. Throws IllegalArgumentException naming the origin when a required column is
     * missing, so a broken hand-made input says which file to fix.
     */
    public static List<Row> read(BufferedReader reader, String origin, List<String> requiredColumns)
            throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::trim).toList();
                checkColumns(header, requiredColumns, origin);
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.length; i++) byColumn.put(header.get(i), cells[i].trim());
            rows.add(new Row(byColumn, origin + ":" + lineNumber));
        }
        if (header == null) checkColumns(List.of(), requiredColumns, origin);
        return rows;
    }

    private static void checkColumns(List<String> header, List<String> required, String origin) {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(origin + ": missing column(s) " + missing
                    + "; the first non-comment line must be a tab-separated header with " + required);
        }
    }

    /** Writes a table with a header; build the cells with {@link #cell} and {@link #listCell}. */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", header)).append('\n');
        for (List<String> row : rows) {
            out.append(String.join("\t", row.stream().map(c -> c == null ? "" : c).toList())).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** A cell value safe for the format: tabs, line breaks and "|" become spaces. */
    public static String cell(String value) {
        return value == null ? "" : FORBIDDEN_IN_CELLS.matcher(value).replaceAll(" ").trim();
    }

    /** A list cell: items cleaned and joined with "|". */
    public static String listCell(Collection<String> items) {
        return String.join(LIST_SEPARATOR, items.stream().map(TsvTable::cell).filter(s -> !s.isEmpty()).toList());
    }

    /** A number cell, "" for null. */
    public static String intCell(Integer value) {
        return value == null ? "" : value.toString();
    }
}
