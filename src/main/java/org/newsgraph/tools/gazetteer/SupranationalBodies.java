package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.OrganizationEntry;
import org.newsgraph.lexicon.OrganizationType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads SupraVerden's list of supranational bodies (confirmordeny/supraverden, data/general_list.yaml,
 * CC BY-SA 4.0): about 600 international organizations — the UN system, EU institutions, regional
 * unions, development banks, treaty bodies — with their Wikidata ids and English names and
 * abbreviations, chosen by its own criteria of inclusion rather than by what newsgraph's sample
 * articles name.
 */
final class SupranationalBodies {
    /** The file, in the gazetteer folder beside the hand-made inputs. */
    static final String FILE = "supraverden-general-list.yaml";
    // English names beyond Name_en: the source numbers its alternatives (Name_other_2_en, ...).
    private static final Pattern OTHER_ENGLISH_NAME = Pattern.compile("(Name_other(_[0-9]+)?|Abbreviation(_other(_[0-9]+)?)?)_en");
    /** Two-letter abbreviations ("EP", "WB") name too many other things in news to be read as a body. */
    private static final int SHORTEST_ABBREVIATION = 3;

    private SupranationalBodies() {
    }

    /** The bodies with a Wikidata id; none, with a warning, when the file is missing. */
    @SuppressWarnings("unchecked")
    static List<OrganizationEntry> read(Path dir, Consumer<String> warn) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            warn.accept("supranational bodies " + file + " not found: generating without them");
            return List.of();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Map<String, Map<String, Object>> bodies;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            bodies = (Map<String, Map<String, Object>>) new Yaml(new SafeConstructor(options)).load(reader);
        }
        List<OrganizationEntry> entries = new ArrayList<>();
        bodies.forEach((key, body) -> {
            String id = text(body.get("Wikidata_code"));
            String label = text(body.get("Name_en"));
            if (id == null || !WikidataIds.isItem(id) || label == null) {
                warn.accept("supranational body '" + key + "' has no Wikidata id or English name: left out");
                return;
            }
            entries.add(new OrganizationEntry(id, label, List.copyOf(otherNames(body, label)),
                    OrganizationType.INTERNATIONAL, null));
        });
        return entries;
    }

    private static Set<String> otherNames(Map<String, Object> body, String label) {
        Set<String> names = new LinkedHashSet<>();
        body.forEach((field, value) -> {
            String name = text(value);
            if (name == null || name.equals(label) || !OTHER_ENGLISH_NAME.matcher(field).matches()) return;
            boolean abbreviation = field.startsWith("Abbreviation");
            // an "abbreviation" with spaces is a name filed in the wrong field, often another body's
            if (!abbreviation || name.length() >= SHORTEST_ABBREVIATION && !name.contains(" ")) names.add(name);
        });
        return names;
    }

    private static String text(Object value) {
        if (value == null) return null;
        String text = value.toString().strip();
        return text.isEmpty() || text.equals("null") || text.equals("N/A") || text.startsWith("[") ? null : text;
    }
}
