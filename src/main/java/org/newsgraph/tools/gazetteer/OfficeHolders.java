package org.newsgraph.tools.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.lexicon.NameNormalizer;
import org.newsgraph.lexicon.RoleWords;
import org.newsgraph.lexicon.TsvTable;

/**
 * Reads office-holders/office-holders.tsv.gz: office holders of 140 countries with Wikidata ids, positions
 * and dates (EveryPolitician scrapers' Wikidata query results, see the folder's README). Dates are kept
 * to the day where given; a month alone ("2016-03") is kept as its year.
 */
final class OfficeHolders {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}");

    private OfficeHolders() {
    }

    static List<OfficeRow> read(Path gz, Consumer<String> warn) throws IOException {
        return read(gz, null, warn);
    }

    /**
     * The rows of one kind only ("legislators" of office-holders-and-legislators.tsv.gz, which also holds
     * the office holders), or of every kind when {@code kind} is null.
     */
    static List<OfficeRow> read(Path gz, String kind, Consumer<String> warn) throws IOException {
        List<TsvTable.Row> rows;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            rows = TsvTable.read(reader, gz.getFileName().toString(), List.of("qid", "label", "alias_enwiki",
                    "country_qid", "position_qid", "position_short", "position_label", "start", "end"));
        }
        List<OfficeRow> offices = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            if (kind != null && !kind.equals(row.getOrNull("kind"))) continue;
            String person = row.get("qid");
            String label = unquoted(row.get("label"));
            String state = row.get("country_qid");
            if (!WikidataIds.isItem(person) || label.isEmpty() || WikidataIds.isItem(label)
                    || !WikidataIds.isItem(state)) {
                warn.accept(row.origin() + ": office holder without a Wikidata id, a name or a state: left out");
                continue;
            }
            String shortName = unquoted(row.get("position_short"));
            String fullName = row.getOrNull("position_label") != null ? unquoted(row.get("position_label")) : shortName;
            if (fullName.isEmpty()) continue;
            String role = shortName.isEmpty() ? RoleWords.fromPositionLabel(fullName) : NameNormalizer.normalize(shortName);
            String alias = row.getOrNull("alias_enwiki");
            offices.add(new OfficeRow(person, label, alias == null ? List.of() : List.of(withoutQualifier(unquoted(alias))),
                    state, row.getOrNull("position_qid"), fullName, role, date(row.get("start")), date(row.get("end"))));
        }
        return offices;
    }

    /** The source writes a cell holding quotation marks as CSV does: "Pat ""the Cope"" Gallagher". */
    static String unquoted(String cell) {
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }

    // Wikipedia titles carry a disambiguator: "John Smith (politician)".
    private static String withoutQualifier(String title) {
        return title.replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip();
    }

    private static String date(String value) {
        if (DAY.matcher(value).matches()) return value;
        var year = YEAR_PREFIX.matcher(value);
        return year.find() ? year.group() : null;
    }
}
