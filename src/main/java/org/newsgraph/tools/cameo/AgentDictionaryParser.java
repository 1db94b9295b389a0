package org.newsgraph.tools.cameo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Phoenix agent dictionary (Phoenix.agents.txt; format in PETRARCH's
 * docs/source/dictionaries.rst): one phrase a line with its sector code, "POLICE {} [~COP]",
 * "HUMAN_RIGHTS_BODY [NGO~]", an optional irregular plural in braces, and substitution sets
 * ("!PERSON! = MAN, MEN, WOMAN") that stand for each of their members in a phrase. Regular plurals
 * are left to the lemmatizer of the reading side.
 */
public final class AgentDictionaryParser {
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(\\{([^}]*)})?\\s*\\[([^]]+)]");

    private AgentDictionaryParser() {
    }

    public static List<AgentEntry> parse(List<String> lines) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<AgentEntry> result = new ArrayList<>();
        for (String raw : lines) {
            String line = VerbDictionaryParser.stripComment(raw);
            if (line.isEmpty()) continue;
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.matches()) {
                substitutions.put(sub.group(1), List.of(sub.group(2).split("\\s*,\\s*")));
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.find()) continue;
            String sector = entry.group(4).replace("~", "").replace("}", "").strip();
            if (sector.isEmpty()) continue;
            List<String> phrases = new ArrayList<>(expand(entry.group(1).strip(), substitutions));
            if (entry.group(3) != null) {
                for (String plural : entry.group(3).strip().split("\\s+")) {
                    if (!plural.isBlank()) phrases.addAll(expand(plural, substitutions));
                }
            }
            for (String phrase : phrases) {
                String text = VerbDictionaryParser.phrase(phrase);
                if (text.matches("[a-z][a-z' -]*")) result.add(new AgentEntry(text, sector));
            }
        }
        return result;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (phrase.contains(s.getKey())) {
                return s.getValue().stream().map(v -> phrase.replace(s.getKey(), v)).toList();
            }
        }
        return List.of(phrase);
    }
}
