package org.newsgraph.link;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Office;

/**
 * One wording for the kind of a state's body, so that the names of one body meet on one actor:
 * "Ministry of Defence", "Defense Ministry" and "Ministry of National Defense" are "defense ministry";
 * "Ministry of Foreign Affairs" and "Foreign Ministry" are "foreign ministry"; "Office of the President"
 * is "presidential office".
 */
final class BodyKinds {
    private static final Pattern MINISTRY_OF = Pattern.compile("^ministry (?:of|for) (?:the )?(.+)$");
    private static final Pattern ADJECTIVE_MINISTRY = Pattern.compile("^(.+) ministry$");
    private static final Map<String, String> SAME_BODY = Map.of(
            "office of the president", "presidential office",
            "president's office", "presidential office",
            "presidential administration", "presidential office");
    private static final Map<String, String> PORTFOLIO = Map.of(
            "defence", "defense", "external", "foreign", "internal", "interior", "home", "interior");
    private static final Set<String> FILLER = Set.of("affairs", "national", "the", "federal");
    /** Words for the members of one kind of group: "demonstrators" and "protesters" are one crowd. */
    private static final Map<String, String> SAME_MEMBERS = Map.of(
            "demonstrators", "protesters", "protestors", "protesters", "legislators", "lawmakers");

    private BodyKinds() {
    }

    /**
     * The kind of a group in one wording, its last word (lower case) read as its members:
     * "pro-democracy demonstrators" is "pro-democracy protesters".
     */
    static String canonicalGroup(String kind) {
        String text = kind.strip().replaceAll("\\s+", " ");
        int space = text.lastIndexOf(' ');
        // the words before keep their case: "Conservative lawmakers" are a party's
        String last = text.substring(space + 1).toLowerCase(Locale.ROOT);
        return text.substring(0, space + 1) + SAME_MEMBERS.getOrDefault(last, last);
    }

    /** The kind in one wording, lower case. */
    static String canonical(String kind) {
        String text = kind.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
        String same = SAME_BODY.get(text);
        if (same != null) return same;
        Matcher m = MINISTRY_OF.matcher(text);
        if (!m.matches()) m = ADJECTIVE_MINISTRY.matcher(text);
        if (!m.matches()) return text;
        for (String word : m.group(1).split(" ")) {
            if (word.equals("and")) break;
            if (FILLER.contains(word)) continue;
            return PORTFOLIO.getOrDefault(word, word) + " ministry";
        }
        return text;
    }
}
