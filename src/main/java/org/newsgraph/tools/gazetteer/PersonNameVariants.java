package org.newsgraph.tools.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.NameNormalizer;

/**
 * The names and family names a head of state or government can be found by, generated from the label
 * alone. Hyphens versus spaces ("Kim Jong-un" / "Kim Jong Un") and diacritics need no variants: the
 * {@link NameNormalizer} folds them. Variants cover what it cannot fold:
 * <ul>
 *   <li>middle names, patronymics, initials and "Jr." left out: "Matamela Cyril Ramaphosa" → "Cyril
 *       Ramaphosa", "Michael D. Higgins" → "Michael Higgins" (every ordered pair of name parts, and
 *       for long names every form missing one part, that ends with a family name: {@link NameOrder});</li>
 *   <li>a nickname in quotes used as the first name: {@code Philip "Brave" Davis} → "Brave Davis";</li>
 *   <li>regnal names without the realm: "Harald V of Norway" → "Harald V", "Pope Francis" → "Francis";</li>
 *   <li>transliterations news use: "Zelenskyy" / "Zelensky" / "Zelenskiy", "Mohammed" / "Muhammad" / ….</li>
 * </ul>
 * Family names: the last name part (with its particles: "Van der Bellen", "López Obrador" also as the
 * last two parts), plus Arabic names without the article ("al-Assad" → "Assad"); for names written family
 * name first (Chinese, Korean) the first token. Monarchs and popes have no family name here.
 */
final class PersonNameVariants {
    /** Names and family names of one person. */
    record Variants(List<String> names, List<String> surnames) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "van", "von", "der", "den", "ter", "le", "la", "al", "el", "bin", "ibn", "bint", "ould");
    private static final Set<String> CONNECTORS = Set.of("e", "y");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ould");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr");
    private static final Set<String> RELIGIOUS_TITLES = Set.of("pope");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D]+)[\"\u201C\u201D]");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("^(?=[IVXLC])(C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$");
    private static final Pattern INITIAL = Pattern.compile("^\\p{L}\\.?$");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("^(?i)(al|el)-(?=\\p{L})");
    private static final List<Set<String>> SAME_TOKEN = List.of(
            Set.of("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Muhammed"));
    private static final Pattern SLAVIC_SKY = Pattern.compile("(?i)(sk)(yy|iy|yi|y)$");
    private static final List<String> SLAVIC_SKY_ENDINGS = List.of("y", "yy", "iy", "yi");
    private static final int MAX_VARIANTS_PER_NAME = 16;

    private PersonNameVariants() {
    }

    /**
     * @param label the person's label as the source gives it
     * @param order where the family name stands in it
     */
    static Variants of(String label, NameOrder order) {
        String clean = label.trim().replaceAll("\\s+", " ");
        Matcher quoted = QUOTED.matcher(clean);
        String nickname = quoted.find() ? quoted.group(1).trim() : null;
        String core = nickname == null ? clean : quoted.replaceFirst(Matcher.quoteReplacement(nickname)).trim();

        String regnal = regnalName(core);
        if (regnal != null) return finish(List.of(clean, regnal), List.of());
        List<String> names = new ArrayList<>(List.of(clean, core));
        if (nickname != null) names.add(quoted.replaceFirst("").replaceAll("\\s+", " ").trim());
        List<String> tokens = List.of(core.split(" "));
        if (tokens.size() == 1) return finish(names, List.of(core));
        if (order == NameOrder.FAMILY_FIRST) return finish(names, List.of(tokens.get(0)));
        List<String> parts = nameParts(tokens);
        names.addAll(shortenedNames(parts, nickname, order));
        return finish(names, familyNames(parts));
    }

    // Middle names left out: every ordered pair of parts, and for long names every form missing one part,
    // as long as the form ends with a family name.
    private static List<String> shortenedNames(List<String> parts, String nickname, NameOrder order) {
        List<String> names = new ArrayList<>();
        names.add(String.join(" ", parts));
        if (nickname != null) names.add(nickname + " " + parts.get(parts.size() - 1));
        if (parts.size() >= 3) {
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    if (mayEndName(parts, j, order)) addIfNotParticleFirst(names, parts.get(i) + " " + parts.get(j));
                }
            }
        }
        if (parts.size() >= 4) {
            for (int skip = 0; skip < parts.size(); skip++) {
                if (mayEndName(parts, skip == parts.size() - 1 ? parts.size() - 2 : parts.size() - 1, order)) {
                    addIfNotParticleFirst(names, joinWithout(parts, skip));
                }
            }
        }
        return names;
    }

    /**
     * Whether a short form may end with this part: the last (a family name), or with two family names the
     * father's too, in the name's second half ("Gustavo Petro" of "Gustavo Petro Urrego"), or a part
     * opened by a particle ("Mohammed bin Salman"). Given names alone ("Matamela Cyril", "José Andrés" of
     * "José Andrés Torres Mora") name other people as well as the holder.
     */
    private static boolean mayEndName(List<String> parts, int index, NameOrder order) {
        if (opensWithParticle(parts.get(index))) return true;
        return order == NameOrder.TWO_FAMILY_NAMES ? index >= parts.size() / 2 : index == parts.size() - 1;
    }

    // The last part, without an Arabic article, and the last two parts (Spanish double family names).
    private static List<String> familyNames(List<String> parts) {
        List<String> surnames = new ArrayList<>();
        String last = parts.get(parts.size() - 1);
        surnames.add(last);
        surnames.add(withoutArticle(last));
        if (parts.size() >= 3) addIfNotParticleFirst(surnames, parts.get(parts.size() - 2) + " " + last);
        return surnames;
    }

    // "Harald V of Norway" → "Harald V"; "Hans-Adam II, Prince of Liechtenstein" → "Hans-Adam II";
    // "Pope Francis" → "Francis"; "Elizabeth II" → itself. Null when the name is not regnal.
    private static String regnalName(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length > 1 && RELIGIOUS_TITLES.contains(tokens[0].toLowerCase(Locale.ROOT))) {
            return String.join(" ", Arrays.copyOfRange(tokens, 1, tokens.length));
        }
        int comma = name.indexOf(", ");
        if (comma > 0) return name.substring(0, comma);
        int of = name.indexOf(" of ");
        if (of > 0) return name.substring(0, of);
        return Arrays.stream(tokens).anyMatch(t -> ROMAN_NUMERAL.matcher(t).matches()) ? name : null;
    }

    // Tokens grouped into name parts: particles join the token after them ("Van der Bellen"), connectors
    // join both neighbours ("Correia e Silva"), initials and suffixes ("D.", "Jr.") are dropped.
    private static List<String> nameParts(List<String> tokens) {
        List<String> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean joinNext = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean lastToken = i == tokens.size() - 1;
            if (isConnector(token) && !parts.isEmpty() && !lastToken) {
                joinNext = true;
                pending.append(token).append(' ');
                continue;
            }
            if (isParticle(token) && !lastToken && (i > 0 || tokens.size() > 2)) {
                pending.append(token).append(' ');
                continue;
            }
            if (SUFFIXES.contains(NameNormalizer.normalize(token)) || (INITIAL.matcher(token).matches() && !lastToken)) {
                continue;
            }
            if (joinNext) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + pending + token);
                joinNext = false;
            } else {
                parts.add(pending + token);
            }
            pending.setLength(0);
        }
        return parts;
    }

    private static boolean isConnector(String token) {
        return CONNECTORS.contains(token);
    }

    private static boolean isParticle(String token) {
        return PARTICLES.contains(token.toLowerCase(Locale.ROOT));
    }

    // "bin Hamad Al Khalifa" is no way to name anyone.
    private static void addIfNotParticleFirst(List<String> names, String variant) {
        if (!opensWithParticle(variant)) names.add(variant);
    }

    /** "bin Salman", "van der Bellen": words whose first is a particle. */
    private static boolean opensWithParticle(String words) {
        int space = words.indexOf(' ');
        return space > 0 && isParticle(words.substring(0, space));
    }

    private static String joinWithout(List<String> parts, int skip) {
        List<String> kept = new ArrayList<>(parts);
        kept.remove(skip);
        return String.join(" ", kept);
    }

    private static String withoutArticle(String surname) {
        String stripped = ARTICLE_PREFIX.matcher(surname).replaceFirst("");
        String[] words = stripped.split(" ");
        int first = 0;
        while (first < words.length - 1 && ARABIC_ARTICLES.contains(words[first].toLowerCase(Locale.ROOT))) first++;
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }

    private static Variants finish(List<String> names, List<String> surnames) {
        return new Variants(distinct(withTransliterations(names)), distinct(withTransliterations(surnames)));
    }

    private static List<String> withTransliterations(List<String> names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            List<String> variants = List.of("");
            for (String token : name.split(" ")) {
                List<String> next = new ArrayList<>();
                for (String prefix : variants) {
                    for (String alternative : alternatives(token)) {
                        if (next.size() < MAX_VARIANTS_PER_NAME) next.add(prefix.isEmpty() ? alternative : prefix + " " + alternative);
                    }
                }
                variants = next;
            }
            all.addAll(variants);
        }
        return all;
    }

    private static List<String> alternatives(String token) {
        for (Set<String> same : SAME_TOKEN) {
            if (same.stream().anyMatch(token::equalsIgnoreCase)) {
                List<String> others = new ArrayList<>(List.of(token));
                same.stream().sorted().filter(s -> !s.equalsIgnoreCase(token)).forEach(others::add);
                return others;
            }
        }
        Matcher sky = SLAVIC_SKY.matcher(token);
        if (sky.find()) {
            String stem = token.substring(0, sky.start(2));
            List<String> others = new ArrayList<>(List.of(token));
            SLAVIC_SKY_ENDINGS.forEach(ending -> others.add(stem + ending));
            return others;
        }
        return List.of(token);
    }

    // First display form per normalised key; the label stays first.
    private static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            String key = NameNormalizer.normalize(name);
            if (!key.isEmpty()) byKey.putIfAbsent(key, name);
        }
        return List.copyOf(byKey.values());
    }
}
