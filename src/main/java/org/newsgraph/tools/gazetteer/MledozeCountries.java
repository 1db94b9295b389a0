package org.newsgraph.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads mledoze/countries (countries.json, ODbL-1.0). */
final class MledozeCountries {
    private MledozeCountries() {
    }

    static List<CountryRecord> read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        if (!root.isArray()) throw new IOException(json + ": expected a JSON array of countries");
        List<CountryRecord> countries = new ArrayList<>();
        for (JsonNode country : root) countries.add(country(country));
        return countries;
    }

    private static CountryRecord country(JsonNode c) {
        JsonNode name = c.path("name");
        List<String> nativeNames = new ArrayList<>();
        name.path("native").forEach(language -> {
            addText(nativeNames, language.path("common"));
            addText(nativeNames, language.path("official"));
        });
        List<String> demonyms = new ArrayList<>();
        JsonNode english = c.path("demonyms").path("eng");
        addText(demonyms, english.path("m"));
        addText(demonyms, english.path("f"));
        JsonNode independent = c.path("independent");
        List<String> languages = new ArrayList<>();
        c.path("languages").fieldNames().forEachRemaining(languages::add);
        return new CountryRecord(c.path("cca3").asText(""), name.path("common").asText(""),
                name.path("official").asText(""), nativeNames, texts(c.path("altSpellings")),
                texts(c.path("capital")), demonyms,
                independent.isBoolean() ? independent.asBoolean() : null, c.path("unMember").asBoolean(false), languages);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> addText(values, item));
        return values;
    }

    private static void addText(List<String> values, JsonNode node) {
        if (node.isTextual() && !node.asText().isBlank()) values.add(node.asText().trim());
    }
}
