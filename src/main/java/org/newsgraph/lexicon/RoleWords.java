package org.newsgraph.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalised role words for offices ("president", "prime minister", "chancellor", "king", ...), and
 * which words news uses for the same office: a "queen", "emir" or "monarch" is asked for with
 * different words than the position label uses, and "premier" and "prime minister" name the same job.
 */
public final class RoleWords {
    /** "former", "ex-", "then-": the words that make a title one held once ("former president", "ex-minister"). */
    public static final Pattern PAST_TITLE = Pattern.compile("(?i)^(former|then|ex)([- ]+|$)");

    /** Whether a title, or a word before one, says it was held once. */
    public static boolean isPastTitle(String words) {
        return PAST_TITLE.matcher(words.strip()).find();
    }

    /** Position labels whose role is not the words before " of ": native titles and odd labels. */
    private static final List<Map.Entry<String, String>> SPECIAL_LABEL_PREFIXES = List.of(
            Map.entry("taoiseach", "prime minister"),
            Map.entry("president of the executive yuan", "premier"),
            Map.entry("druk gyalpo", "king"),
            Map.entry("ngwenyama", "king"),
            Map.entry("yang di pertuan agong", "king"),
            Map.entry("o le ao o le malo", "head of state"),
            Map.entry("member of the swiss federal council", "federal councillor"),
            Map.entry("episcopal co prince", "co-prince"),
            Map.entry("french co prince", "co-prince"),
            Map.entry("president of the pontifical commission", "governor"),
            Map.entry("minister of state", "minister of state"));

    /** Words for a hereditary head of state; the source's labels and news use them interchangeably. */
    private static final Set<String> MONARCH_WORDS = Set.of("monarch", "king", "queen", "emir", "sultan",
            "emperor", "empress", "prince", "princess", "grand duke", "grand duchess", "crown");
    private static final Set<String> HEAD_OF_GOVERNMENT_WORDS = Set.of("prime minister", "premier", "pm",
            "taoiseach");

    private RoleWords() {
    }

    /**
     * The role word of a position label: "President of South Korea" → "president", "Federal Chancellor
     * of Germany" → "chancellor", "Emir of the State of Qatar" → "emir", "Taoiseach" → "prime minister".
     */
    public static String fromPositionLabel(String positionLabel) {
        String key = NameNormalizer.normalize(positionLabel);
        for (Map.Entry<String, String> special : SPECIAL_LABEL_PREFIXES) {
            if (key.startsWith(special.getKey())) return special.getValue();
        }
        int of = key.indexOf(" of ");
        String head = of < 0 ? key : key.substring(0, of);
        if (head.startsWith("federal ")) head = head.substring("federal ".length());
        return head.replace("governor general", "governor-general").replace("co prince", "co-prince");
    }

    /** The word all names of the same office share: "queen", "emir" → "monarch"; "premier" → "prime minister". */
    public static String canonical(String role) {
        String key = NameNormalizer.normalize(role);
        if (MONARCH_WORDS.contains(key)) return "monarch";
        if (HEAD_OF_GOVERNMENT_WORDS.contains(key)) return "prime minister";
        String portfolio = PortfolioRoles.key(key);
        return portfolio != null ? portfolio : key;
    }

    /** True when a role asked for (as news words it) names the office's role. */
    public static boolean sameRole(String asked, String officeRole) {
        return canonical(asked).equals(canonical(officeRole));
    }
}
