package org.newsgraph.tools.gazetteer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads owid-countries-regions.csv (MIT): the Wikidata id of each country, by ISO alpha-3. */
final class OwidCountries {
    private static final String WIKIDATA_PREFIX = "http://www.wikidata.org/entity/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwidCountries() {
    }

    static Map<String, OwidCountry> readByIso3(Path csv) throws IOException {
        Map<String, OwidCountry> byIso3 = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord row : parser) {
                String iso3 = row.get("iso_alpha3").trim();
                if (iso3.isEmpty()) continue;
                byIso3.put(iso3, new OwidCountry(iso3, wikidataId(row.get("wikidata_uri")), row.get("name").trim(),
                        row.get("wikidata_label").trim(), aliases(row.get("aliases"), csv)));
            }
        }
        return byIso3;
    }

    private static String wikidataId(String uri) {
        String value = uri.trim();
        if (!value.startsWith(WIKIDATA_PREFIX)) return null;
        return value.substring(WIKIDATA_PREFIX.length());
    }

    // The aliases column holds a JSON array of strings.
    private static List<String> aliases(String cell, Path csv) throws IOException {
        if (cell == null || cell.isBlank()) return List.of();
        try {
            return JSON.readValue(cell, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IOException(csv + ": aliases cell is not a JSON list of strings: " + cell, e);
        }
    }
}
