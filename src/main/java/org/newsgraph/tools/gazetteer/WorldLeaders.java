package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads world-leaders-2021-wikidata.csv: heads of state and government with Wikidata ids and years. */
final class WorldLeaders {
    private WorldLeaders() {
    }

    static List<LeaderRow> read(Path csv) throws IOException {
        List<LeaderRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                rows.add(new LeaderRow(row.get("countryid").trim(), row.get("position").trim(),
                        row.get("positionLabel").trim(), row.get("officeholder").trim(),
                        row.get("officeholderLabel").trim(), year(row, "start_year", csv), year(row, "end_year", csv)));
            }
        }
        return rows;
    }

    private static Integer year(CSVRecord row, String column, Path csv) throws IOException {
        String value = row.get(column).trim();
        if (value.isEmpty()) return null;
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IOException(csv + " line " + row.getRecordNumber() + ": " + column + " is not a year: " + value, e);
        }
    }
}
