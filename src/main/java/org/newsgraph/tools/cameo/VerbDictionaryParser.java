package org.newsgraph.tools.cameo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH-2's CAMEO verb-pattern dictionary (CAMEO.2.0.txt; format in PETRARCH's
 * docs/source/dictionaries.rst): synonym sets ("&CURRENCY" then "+DOLLAR" lines), verb blocks
 * ("--- GRANT [070] ---" then one verb a line, "GIVE {GAVE GIVEN} [070]", phrasal verbs written
 * "CLEAR_UP" or "+ASK_FOR") and the block's patterns ("- * {ARMS SHIPMENT} (TO +) [072]", where "*"
 * is the verb, "(...)" a prepositional phrase, "{...}" consecutive words, "&SET" a synonym set and
 * "$ + ^ %" the source, target, skipped and compound actors).
 *
 * <p>A pattern is kept as what a dependency parse can check: the object's words and the first
 * prepositional phrase. Patterns with words before the verb (conditions on the subject) are left
 * out, as are patterns that name nothing beyond the verb. A code written "[042:043]" keeps its
 * first part, the one for the pattern's own actors; "[---]" means the verb codes nothing alone.
 */
public final class VerbDictionaryParser {
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^]]*)]\\s*---");
    private static final Pattern CODE = Pattern.compile("\\[([^]]*)]");
    private static final Pattern IRREGULAR_FORMS = Pattern.compile("\\{[^}]*}");
    private static final Pattern VERB_WORD = Pattern.compile("[a-z][a-z-]*( [a-z][a-z-]*)*");
    private static final Set<String> ACTOR_MARKERS = Set.of("$", "+", "^", "%");
    /** A phrase of synonym sets can multiply; beyond this many alternatives it says little anyway. */
    private static final int MAX_ALTERNATIVES = 200;

    /** The parsed dictionary and how many patterns were left out. */
    public record Result(List<VerbEntry> verbs, List<VerbPattern> patterns, int skippedPatterns) {
        public Result {
            verbs = List.copyOf(verbs);
            patterns = List.copyOf(patterns);
        }
    }

    private final Map<String, List<String>> synsets = new HashMap<>();
    private final List<VerbEntry> verbs = new ArrayList<>();
    private final List<VerbPattern> patterns = new ArrayList<>();
    private int skipped;

    private VerbDictionaryParser() {
    }

    public static Result parse(List<String> lines) {
        VerbDictionaryParser parser = new VerbDictionaryParser();
        parser.readSynsets(lines);
        parser.readBlocks(lines);
        return new Result(parser.verbs, parser.patterns, parser.skipped);
    }

    private void readSynsets(List<String> lines) {
        List<String> current = null;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.startsWith("&")) {
                current = new ArrayList<>();
                synsets.put(line.split("\\s+")[0].replaceAll("_$", ""), current);
            } else if (current != null && line.startsWith("+")) {
                current.add(phrase(line.substring(1)));
            } else if (line.isEmpty() && !raw.strip().startsWith("#")) {
                current = null;
            } else if (!line.startsWith("+")) {
                current = null;
            }
        }
    }

    private void readBlocks(List<String> lines) {
        String block = null;
        String blockCode = null;
        boolean inSynset = false;
        for (String raw : lines) {
            if (raw.startsWith("########") && raw.contains("TRANSFORMATIONS")) break;
            String line = stripComment(raw);
            if (line.isEmpty()) {
                if (!raw.strip().startsWith("#")) inSynset = false;
                continue;
            }
            Matcher header = BLOCK.matcher(line);
            if (header.find()) {
                block = header.group(1).toLowerCase(Locale.ROOT);
                blockCode = code(header.group(2));
                inSynset = false;
            } else if (line.startsWith("&")) {
                inSynset = true;
            } else if (block == null || inSynset && line.startsWith("+")) {
                continue;
            } else if (line.startsWith("-")) {
                pattern(block, line.substring(1));
            } else {
                verb(block, blockCode, line);
            }
        }
    }

    private void verb(String block, String blockCode, String line) {
        Matcher code = CODE.matcher(line);
        String own = code.find() ? code(code.group(1)) : null;
        String words = IRREGULAR_FORMS.matcher(CODE.matcher(line).replaceAll("")).replaceAll("").strip();
        if (words.startsWith("+")) words = words.substring(1);
        String text = phrase(words);
        // Longer entries ("KIDNAPPED_AND_KILLED") are surface strings a lemma cannot be looked up by.
        if (!VERB_WORD.matcher(text).matches() || text.split(" ").length > 2) return;
        int space = text.indexOf(' ');
        String lemma = space < 0 ? text : text.substring(0, space);
        String particle = space < 0 ? null : text.substring(space + 1);
        verbs.add(new VerbEntry(block, lemma, particle, own != null ? own : blockCode));
    }

    private void pattern(String block, String body) {
        Matcher codeMatch = CODE.matcher(body);
        if (!codeMatch.find()) {
            skipped++;
            return;
        }
        String code = code(codeMatch.group(1));
        List<String> tokens = tokens(body.substring(0, codeMatch.start()));
        int star = tokens.indexOf("*");
        if (star < 0) star = tokens.indexOf("**");
        boolean subjectWords = star < 0 || tokens.subList(0, star).stream().anyMatch(t -> !ACTOR_MARKERS.contains(t));
        if (code == null || subjectWords) {
            skipped++;
            return;
        }
        List<String> objects = List.of();
        String preposition = null;
        List<String> prepObjects = List.of();
        boolean objectSeen = false;
        int i = star + 1;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.equals("(")) {
                int close = closing(tokens, i, "(", ")");
                if (preposition == null && close > i + 1) {
                    preposition = tokens.get(i + 1).toLowerCase(Locale.ROOT);
                    prepObjects = firstElement(tokens.subList(i + 2, close));
                }
                i = close + 1;
            } else if (ACTOR_MARKERS.contains(t) || t.equals(")") || t.equals("}")) {
                i++;
            } else {
                int end = t.equals("{") ? closing(tokens, i, "{", "}") + 1 : i + 1;
                if (!objectSeen) {
                    objects = alternatives(tokens.subList(i, end));
                    objectSeen = true;
                }
                i = end;
            }
        }
        if (objects.isEmpty() && preposition == null) {
            skipped++;
            return;
        }
        patterns.add(new VerbPattern(block, code, objects, preposition, prepObjects));
    }

    /** The alternatives of the first word, phrase or set among the tokens, skipping actor markers. */
    private List<String> firstElement(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (ACTOR_MARKERS.contains(t) || t.equals("(") || t.equals(")")) continue;
            int end = t.equals("{") ? closing(tokens, i, "{", "}") + 1 : i + 1;
            return alternatives(tokens.subList(i, end));
        }
        return List.of();
    }

    /**
     * "AID" → [aid]; "&FOOD" → the set's members; "{ARMS SHIPMENT}" → [arms shipment]. A set before
     * the head of a phrase is dropped ("{&WEAPON ATTACK}" → [attack]): its hundreds of members would
     * multiply the head, and the head says what the pattern is about.
     */
    private List<String> alternatives(List<String> element) {
        List<String> parts = element.stream().filter(t -> !t.equals("{") && !t.equals("}")
                && !ACTOR_MARKERS.contains(t)).toList();
        Set<String> result = new LinkedHashSet<>(List.of(""));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean set = part.startsWith("&");
            if (set && i < parts.size() - 1) continue;
            List<String> options = set
                    ? synsets.getOrDefault(part.replaceAll("_$", ""), List.of()) : List.of(phrase(part));
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : result) {
                for (String option : options) {
                    if (next.size() < MAX_ALTERNATIVES) next.add((prefix + " " + option).strip());
                }
            }
            result = next;
        }
        result.removeIf(String::isEmpty);
        return List.copyOf(result);
    }

    private static int closing(List<String> tokens, int open, String opening, String closing) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).equals(opening)) depth++;
            if (tokens.get(i).equals(closing) && --depth == 0) return i;
        }
        return tokens.size() - 1;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String t : text.replaceAll("([(){}])", " $1 ").strip().split("\\s+")) {
            if (!t.isEmpty()) tokens.add(t);
        }
        return tokens;
    }

    /** "CASH_" → "cash", "IS_TO" → "is to": underscores join words, a final one only stops plurals. */
    static String phrase(String text) {
        return text.strip().replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A CAMEO code from a bracket's content: "072" stays, "042:043" is 042, ":173" 173, "---" none. */
    static String code(String bracket) {
        for (String part : bracket.strip().split(":")) {
            String p = part.strip();
            if (p.matches("\\d{2,4}")) return p;
            if (!p.isEmpty()) return null;
        }
        return null;
    }

    /** Everything from a "#" or ";" on is a comment, and so is an XML comment on one line. */
    static String stripComment(String line) {
        String l = line.replaceAll("<!--.*?-->", "");
        int hash = l.indexOf('#');
        if (hash >= 0) l = l.substring(0, hash);
        int semicolon = l.indexOf(';');
        if (semicolon >= 0) l = l.substring(0, semicolon);
        return l.strip();
    }
}
