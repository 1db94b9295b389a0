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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads us-congress/legislators-current.yaml (unitedstates/congress-legislators, CC0): every current member
 * of Congress with a Wikidata id and each term in the Senate or the House. The source gives no position
 * ids, so none is invented.
 */
final class CongressLegislators {
    static final String UNITED_STATES = "Q30";

    private CongressLegislators() {
    }

    @SuppressWarnings("unchecked")
    static List<OfficeRow> read(Path yaml, Consumer<String> warn) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        List<Map<String, Object>> members;
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            members = (List<Map<String, Object>>) new Yaml(new SafeConstructor(options)).load(reader);
        }
        List<OfficeRow> offices = new ArrayList<>();
        for (Map<String, Object> member : members) {
            Map<String, Object> ids = (Map<String, Object>) member.getOrDefault("id", Map.of());
            Map<String, Object> name = (Map<String, Object>) member.getOrDefault("name", Map.of());
            String qid = text(ids.get("wikidata"));
            String label = label(name);
            if (qid == null || !WikidataIds.isItem(qid) || label == null) {
                warn.accept("member of Congress " + ids.get("bioguide") + " has no Wikidata id or name: left out");
                continue;
            }
            List<String> otherNames = otherNames(name, label);
            for (Map<String, Object> term : (List<Map<String, Object>>) member.getOrDefault("terms", List.of())) {
                String type = text(term.get("type"));
                String where = text(term.get("state"));
                boolean senate = "sen".equals(type);
                if (!senate && !"rep".equals(type)) continue;
                String position = senate ? "United States senator from " + where
                        : "member of the United States House of Representatives from " + where;
                offices.add(new OfficeRow(qid, label, otherNames, UNITED_STATES, null, position,
                        senate ? "senator" : "representative", text(term.get("start")), text(term.get("end"))));
            }
        }
        return offices;
    }

    private static String label(Map<String, Object> name) {
        String full = text(name.get("official_full"));
        if (full != null) return full;
        String first = text(name.get("first"));
        String last = text(name.get("last"));
        return first == null || last == null ? null : first + " " + last;
    }

    // "Mike Turner" for Michael R. Turner: news use the nickname the source records.
    private static List<String> otherNames(Map<String, Object> name, String label) {
        Set<String> names = new LinkedHashSet<>();
        String last = text(name.get("last"));
        for (String first : new String[]{text(name.get("first")), text(name.get("nickname"))}) {
            if (first != null && last != null) names.add(first + " " + last);
        }
        names.remove(label);
        return List.copyOf(names);
    }

    private static String text(Object value) {
        if (value == null) return null;
        String s = value.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
