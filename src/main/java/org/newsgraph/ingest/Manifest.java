package org.newsgraph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The manifest.csv beside a directory of .txt articles: a header row naming the columns (file,
 * published, publisher, title, url; order free, others ignored) and one row per article.
 */
final class Manifest {
    static final String FILE_NAME = "manifest.csv";
    private static final String FILE_COLUMN = "file";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final Manifest EMPTY = new Manifest(Map.of());

    private final Map<String, ManifestEntry> entries;

    private Manifest(Map<String, ManifestEntry> entries) {
        this.entries = entries;
    }

    static Manifest empty() {
        return EMPTY;
    }

    /** Reads the manifest in {@code directory}, or an empty one when there is none. */
    static Manifest forDirectory(Path directory, ArticleHandler handler) {
        Path csv = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(csv)) return EMPTY;
        try {
            return parse(csv, handler);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            handler.warning(new IngestWarning(csv.toString(), "cannot read the manifest (" + e.getMessage()
                    + "); the .txt files beside it get no metadata. Fix the CSV: a header row, then one row per file"));
            return EMPTY;
        }
    }

    Optional<ManifestEntry> entry(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    int size() {
        return entries.size();
    }

    private static Manifest parse(Path csv, ArticleHandler handler) throws IOException {
        DecodedText decoded = Utf8Decoder.decode(Files.readAllBytes(csv));
        try (Reader reader = new StringReader(decoded.text()); CSVParser parser = FORMAT.parse(reader)) {
            if (!parser.getHeaderMap().containsKey(FILE_COLUMN)) {
                handler.warning(new IngestWarning(csv.toString(), "the header row has no \"file\" column;"
                        + " the manifest is ignored. Start the file with a header such as file,published,publisher,title,url"));
                return EMPTY;
            }
            Map<String, ManifestEntry> entries = new HashMap<>();
            for (CSVRecord row : parser) {
                ManifestRow.of(csv, row, handler).ifPresent(entry -> add(csv, row, entry, entries, handler));
            }
            return new Manifest(entries);
        }
    }

    private static void add(Path csv, CSVRecord row, ManifestEntry entry, Map<String, ManifestEntry> entries,
                            ArticleHandler handler) {
        if (entries.putIfAbsent(entry.file(), entry) != null) {
            handler.warning(new IngestWarning(ManifestRow.origin(csv, row), "second row for \""
                    + entry.file() + "\"; the first row is used. Remove the duplicate row"));
        }
    }

    /** Turns one CSV row into an entry, warning about what cannot be used. */
    private static final class ManifestRow {
        private ManifestRow() {
        }

        static String origin(Path csv, CSVRecord row) {
            // header is line 1; rows are one line each unless a field holds a line break
            return csv + ":" + (row.getRecordNumber() + 1);
        }

        static Optional<ManifestEntry> of(Path csv, CSVRecord row, ArticleHandler handler) {
            String origin = origin(csv, row);
            String file = value(row, FILE_COLUMN);
            if (file == null) {
                handler.warning(new IngestWarning(origin, "row has no file name; skipped. Fill in the \"file\" column"));
                return Optional.empty();
            }
            if (!Files.isRegularFile(csv.resolveSibling(file))) {
                handler.warning(new IngestWarning(origin, "names \"" + file + "\", which is not in "
                        + csv.getParent() + "; fix the file name or remove the row"));
                return Optional.empty();
            }
            return Optional.of(new ManifestEntry(file, date(origin, value(row, "published"), handler),
                    value(row, "publisher"), value(row, "title"), value(row, "url")));
        }

        private static LocalDate date(String origin, String raw, ArticleHandler handler) {
            if (raw == null) return null;
            try {
                return PublishedDates.parse(raw);
            } catch (DateTimeParseException e) {
                handler.warning(new IngestWarning(origin, PublishedDates.rejection("published", raw)));
                return null;
            }
        }

        private static String value(CSVRecord row, String column) {
            if (!row.isMapped(column) || !row.isSet(column)) return null;
            String value = row.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
