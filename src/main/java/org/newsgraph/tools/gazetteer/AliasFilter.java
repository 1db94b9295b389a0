package org.newsgraph.tools.gazetteer;

import java.util.regex.Pattern;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * Decides which alternative names from the sources are worth indexing for English news. Catalogue forms
 * ("Korea, Republic of", "Taiwan (Province of China)") never occur in running text; two-letter codes
 * ("KR", "IT", "NO") collide with English words once case is ignored; names in non-Latin scripts cannot
 * occur in English text; mis-encoded names are noise.
 */
final class AliasFilter {
    private static final int MIN_KEY_LENGTH = 3;
    // UTF-8 read as Latin-1 ("CÃ´te d'Ivoire"): a capital A with tilde or circumflex before a Latin-1 symbol.
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00C2\u00C3][\u0080-\u00BF]");

    private AliasFilter() {
    }

    static boolean usable(String alias) {
        if (alias == null || alias.isBlank()) return false;
        if (alias.contains(",") || alias.contains("(") || alias.contains(")")) return false;
        if (MOJIBAKE.matcher(alias).find()) return false;
        if (NameNormalizer.normalize(alias).replace(" ", "").length() < MIN_KEY_LENGTH) return false;
        return alias.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
