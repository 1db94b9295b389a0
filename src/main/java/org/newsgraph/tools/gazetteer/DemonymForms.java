package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** English demonym forms: the source's combined entries split, and plural nouns ("Russians") added. */
final class DemonymForms {
    private static final Pattern SEPARATORS = Pattern.compile(",\\s*|\\s+or\\s+|\\s+and\\s+");
    // "British", "French", "Swiss", "Chinese", "Icelandic": adjectives with no plural noun of the same shape.
    private static final Pattern NO_PLURAL = Pattern.compile("(s|sh|ch|x|z|ese|ic)$");

    private DemonymForms() {
    }

    /** "Antiguan, Barbudan" → [Antiguan, Barbudan]; "Kittitian or Nevisian" → [Kittitian, Nevisian]. */
    static List<String> split(String demonym) {
        return Arrays.stream(SEPARATORS.split(demonym.trim())).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The demonym and its plural where English has one: "Russian" → [Russian, Russians]. */
    static List<String> withPlural(String demonym) {
        List<String> forms = new ArrayList<>();
        forms.add(demonym);
        String lastWord = demonym.substring(demonym.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!NO_PLURAL.matcher(lastWord).find()) forms.add(demonym + "s");
        return forms;
    }
}
