package org.newsgraph.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a written title names, without the state or body it is for and in one wording, so that
 * positions can be grouped: "Kremlin spokesman", "Kremlin spokesperson" and "spokesman for the Kremlin"
 * are all "spokesperson"; "Russian Foreign Minister" and "foreign minister" are "foreign minister";
 * "Premier" is "prime minister"; "Kentucky Gov." and "Texas governor" are "governor" (the place of a
 * regional office goes with the state words). "Former" is kept: a former president holds no presidency.
 */
public final class PositionNormalizer {
    private static final Pattern TRAILING_FOR = Pattern.compile("^(.*\\S)\\s+(?:of|for|to)\\s+(?:the\\s+)?(\\S.*)$");
    private static final Pattern LEADING_THEN = Pattern.compile("(?:then|now)[- ]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORMER = Pattern.compile("(?:former|ex)[- ]+", Pattern.CASE_INSENSITIVE);
    /** Gendered and synonymous words for one role; the key is compared in lower case. */
    private static final Map<String, String> SAME_WORD = Map.of(
            "spokesman", "spokesperson", "spokeswoman", "spokesperson", "chairman", "chair",
            "chairwoman", "chair", "chairperson", "chair");

    private final Gazetteer gazetteer;
    private final StateWords stateWords;

    public PositionNormalizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.stateWords = new StateWords(gazetteer);
    }

    /** The role of a written title, lower case; empty when nothing is left once the state words are gone. */
    public Optional<String> role(String written) {
        if (written == null || written.isBlank()) return Optional.empty();
        String text = TitleAbbreviations.expand(written.strip().replaceAll("\\s+", " "));
        Matcher then = LEADING_THEN.matcher(text);
        if (then.lookingAt()) text = text.substring(then.end());
        Matcher formerWord = FORMER.matcher(text);
        boolean former = formerWord.lookingAt();
        if (former) text = text.substring(formerWord.end());
        text = withoutLeadingStateOrBody(text);
        Matcher trailing = TRAILING_FOR.matcher(text);
        if (trailing.matches() && namesStateOrBody(trailing.group(2))) text = trailing.group(1);
        text = withoutLeadingStateOrBody(text);
        String role = oneWording(text.toLowerCase(Locale.ROOT).strip());
        if (role.isEmpty()) return Optional.empty();
        return Optional.of(former ? "former " + role : role);
    }

    private String withoutLeadingStateOrBody(String text) {
        String rest = text;
        for (int i = 0; i < 3; i++) {
            String current = rest;
            Optional<StateWords.Split> split = stateWords.leadingState(current)
                    .or(() -> stateWords.leadingOrganizationState(current))
                    .or(() -> stateWords.leadingPlace(current));
            if (split.isEmpty() || split.get().rest().isBlank()) return current;
            rest = split.get().rest();
        }
        return rest;
    }

    private boolean namesStateOrBody(String phrase) {
        return stateWords.state(phrase).isPresent()
                || gazetteer.organization(StateWords.stripPossessive(phrase)).isPresent();
    }

    // "Spokeswoman" → "spokesperson"; "premier" → "prime minister"; "Minister of Foreign Affairs" → "foreign minister".
    private static String oneWording(String role) {
        StringBuilder out = new StringBuilder();
        for (String word : role.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(SAME_WORD.getOrDefault(word, word));
        }
        String canonical = RoleWords.canonical(out.toString());
        int colon = canonical.indexOf(':');
        if (colon < 0) return canonical;
        // "deputy minister:foreign" → "deputy foreign minister"
        String rank = canonical.substring(0, colon).replaceFirst("minister$", "").strip();
        return (rank.isEmpty() ? "" : rank + " ") + canonical.substring(colon + 1) + " minister";
    }
}
