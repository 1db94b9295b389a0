package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * Whether a title as news writes it ("Foreign Minister", "spokeswoman") names a Wikidata position
 * ("Minister of Foreign Affairs of Russia", "Press Secretary of the President of Russia"). Both are
 * cut into words, synonyms are made one word (link/wikidata/role-synonyms.tsv), and the title
 * matches when its last word, the role itself, is in the label, and so is at least half of its
 * other words. Words of the state ("Russian") are expected to be stripped from the title already.
 */
final class RoleMatcher {
    private static final Set<String> FILLER = Set.of("of", "the", "for", "and", "to", "in", "a", "an", "s");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<Map.Entry<String, String>> SYNONYMS = DataFiles.rows("link/wikidata/role-synonyms.tsv")
            .stream()
            .map(row -> Map.entry(" " + row[0].strip() + " ", " " + row[1].strip() + " "))
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
            .toList();

    private RoleMatcher() {
    }

    static boolean matches(String title, String positionLabel) {
        List<String> titleWords = words(title);
        if (titleWords.isEmpty()) return false;
        Set<String> labelWords = Set.copyOf(words(positionLabel));
        String role = titleWords.get(titleWords.size() - 1);
        if (!labelWords.contains(role)) return false;
        List<String> others = titleWords.subList(0, titleWords.size() - 1);
        long found = others.stream().filter(labelWords::contains).count();
        return found * 2 >= others.size();
    }

    static List<String> words(String text) {
        String normal = " " + NameNormalizer.normalize(text) + " ";
        for (Map.Entry<String, String> synonym : SYNONYMS) {
            normal = normal.replace(synonym.getKey(), synonym.getValue());
        }
        List<String> words = new ArrayList<>(Arrays.asList(SPACES.split(normal.strip())));
        words.removeIf(w -> w.isEmpty() || FILLER.contains(w));
        return words.stream().distinct().collect(Collectors.toList());
    }
}
