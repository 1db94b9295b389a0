package org.newsgraph.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles news style abbreviates before a name ("Gov. Andy Beshear", "Sen. Paul Boyer", "Lt. Gen.
 * …"; the AP stylebook's list of titles and military ranks), written out, so that "Kentucky Gov." is
 * held as the office "the governor" names and groups with "governor" wherever positions are compared.
 * "Del." is left out: in news it is mostly Delaware ("D-Del.").
 */
public final class TitleAbbreviations {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("gov.", "governor"), Map.entry("govs.", "governors"),
            Map.entry("sen.", "senator"), Map.entry("sens.", "senators"),
            Map.entry("rep.", "representative"), Map.entry("reps.", "representatives"),
            Map.entry("pres.", "president"), Map.entry("amb.", "ambassador"),
            Map.entry("atty.", "attorney"), Map.entry("supt.", "superintendent"),
            Map.entry("gen.", "general"), Map.entry("lt.", "lieutenant"), Map.entry("brig.", "brigadier"),
            Map.entry("maj.", "major"), Map.entry("col.", "colonel"), Map.entry("capt.", "captain"),
            Map.entry("cmdr.", "commander"), Map.entry("adm.", "admiral"), Map.entry("sgt.", "sergeant"),
            Map.entry("cpl.", "corporal"), Map.entry("pvt.", "private"), Map.entry("det.", "detective"),
            Map.entry("insp.", "inspector"));
    /** A word ending in a period, with what stands before it (start or a space) and after it. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<=^|[\\s(])([A-Za-z]+\\.)(?=$|\\s)");

    private TitleAbbreviations() {
    }

    /** The title with each abbreviated word written out in lower case: "Kentucky Gov." → "Kentucky governor". */
    public static String expand(String title) {
        if (title == null || title.indexOf('.') < 0) return title;
        Matcher m = ABBREVIATION.matcher(title);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group(1) : full));
        }
        m.appendTail(out);
        return out.toString();
    }
}
