package org.newsgraph.lexicon;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key for the ways a minister's office is written: "Minister of Foreign Affairs", "Minister for Foreign
 * Affairs", "foreign minister", "External Affairs Minister" are all "minister:foreign"; "Deputy Minister of
 * Defence" and "deputy defense minister" are "deputy minister:defense". Source position labels use the
 * first forms, news the second.
 */
final class PortfolioRoles {
    private static final Pattern MINISTER_OF = Pattern.compile(
            "^((?:first )?(?:deputy|vice|assistant) )?minister (?:of|for) (?:the )?(.+)$");
    private static final Pattern ADJECTIVE_MINISTER = Pattern.compile(
            "^((?:first )?(?:deputy|vice|assistant) )?(.+?) minister$");
    private static final Set<String> NOT_PORTFOLIOS = Set.of("prime", "deputy prime", "first deputy prime", "chief",
            "first", "cabinet", "state", "junior", "senior", "former", "the");
    /** Words of a portfolio that carry no meaning of their own, and synonyms written in the sources and news. */
    private static final Set<String> FILLER = Set.of("affairs", "national", "the", "federal", "ministry");
    private static final Map<String, String> SYNONYMS = Map.of(
            "defence", "defense", "external", "foreign", "internal", "interior", "home", "interior",
            "finances", "finance");

    private PortfolioRoles() {
    }

    /** The key of a minister's role, or null when the words name no ministerial portfolio. */
    static String key(String normalizedRole) {
        Matcher m = MINISTER_OF.matcher(normalizedRole);
        if (!m.matches()) {
            m = ADJECTIVE_MINISTER.matcher(normalizedRole);
            if (!m.matches() || NOT_PORTFOLIOS.contains(m.group(2))) return null;
        }
        String rank = m.group(1) == null ? "" : m.group(1).replace("vice ", "deputy ").replace("assistant ", "deputy ");
        String portfolio = firstPortfolioWord(m.group(2));
        return portfolio == null ? null : rank + "minister:" + portfolio;
    }

    // "foreign affairs and international cooperation" → "foreign"; "national defence" → "defense".
    private static String firstPortfolioWord(String portfolio) {
        for (String word : portfolio.split(" ")) {
            if (word.equals("and")) break;
            if (FILLER.contains(word)) continue;
            return SYNONYMS.getOrDefault(word, word);
        }
        return null;
    }
}
