package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.GoldAttribution;
import org.newsgraph.tools.polnear.PolnearDocument;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;

/**
 * Counts, in aggregate only, why newsgraph misses or gets wrong a gold source: to find which
 * attribution rules are worth writing without looking at (or fitting to) single benchmark
 * examples. Each count is a category name such as "miss/no speaker/pronoun/previous paragraph".
 */
final class ErrorProfile {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that", "his", "her", "their", "its", "him", "them");

    private final Map<String, Integer> counts = new TreeMap<>();

    void add(PolnearDocument document, List<Statement> statements, List<ExtractedStatement> scored) {
        TextOverlap overlap = new TextOverlap(document.text());
        SourceMatcher source = new SourceMatcher(overlap, CorefChains.NONE);
        for (GoldAttribution gold : document.gold()) {
            if (!gold.hasSource()) continue;
            String kind = gold.quoted() ? "quoted" : "unquoted";
            List<Integer> hits = indexes(scored, s -> overlap.anyOverlap(gold.content(), List.of(s.content())));
            if (hits.isEmpty()) {
                count("recall/" + kind + "/content missed");
                count("recall/" + kind + "/content missed/cue " + cueWords(document.text(), gold));
                continue;
            }
            if (hits.stream().anyMatch(i -> source.matches(gold, scored.get(i)))) {
                count("recall/" + kind + "/right source");
                continue;
            }
            boolean attributed = hits.stream().anyMatch(i -> scored.get(i).attributed());
            String why = attributed ? "wrong speaker" : "no speaker";
            String where = place(document.text(), gold.source().get(0), gold.content().get(0));
            String form = form(document.text(), gold.source().get(0));
            count("recall/" + kind + "/" + why);
            count("recall/" + kind + "/" + why + "/source " + form);
            count("recall/" + kind + "/" + why + "/source " + where);
            if (attributed) {
                Statement first = statements.get(hits.stream().filter(i -> scored.get(i).attributed()).findFirst().get());
                count("recall/" + kind + "/wrong speaker/by " + origin(first));
            }
        }
        for (int i = 0; i < scored.size(); i++) {
            ExtractedStatement s = scored.get(i);
            if (!s.attributed()) continue;
            List<GoldAttribution> sameContent = document.gold().stream()
                    .filter(g -> overlap.anyOverlap(g.content(), List.of(s.content()))).toList();
            String verdict;
            if (sameContent.stream().anyMatch(g -> source.matches(g, s))) verdict = "right";
            else if (sameContent.isEmpty()) verdict = "no gold content";
            else if (sameContent.stream().noneMatch(GoldAttribution::hasSource)) verdict = "gold has no source";
            else verdict = "wrong source";
            count("precision/" + verdict);
            count("precision/" + verdict + "/by " + origin(statements.get(i)));
            Span phrase = statements.get(i).speakerPhrase();
            count("precision/" + verdict + "/phrase " + (phrase == null ? "none" : form(document.text(), phrase)));
        }
    }

    /** The gold cue as written, lower case ("said", "according to"), or "(none)". */
    private static String cueWords(String text, GoldAttribution gold) {
        if (gold.cue().isEmpty()) return "(none)";
        return gold.cue().stream().map(c -> text.substring(c.begin(), c.end()).toLowerCase(Locale.ROOT).strip())
                .collect(Collectors.joining(" ... "));
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    String render() {
        return counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%6d  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }

    private void count(String category) {
        counts.merge(category, 1, Integer::sum);
    }

    private static List<Integer> indexes(List<ExtractedStatement> statements, Predicate<ExtractedStatement> test) {
        return IntStream.range(0, statements.size()).filter(i -> test.test(statements.get(i))).boxed().toList();
    }

    /** How the statement got its speaker. */
    static String origin(Statement statement) {
        if (statement.cue() == null) return "context (no cue)";
        if (statement.speakerPhrase() == null) return "cue without phrase";
        return statement.speakerPhrase().begin() >= statement.span().end() ? "cue after the words" : "cue before the words";
    }

    /** A pronoun, a capitalised name or title, or a description. */
    static String form(String text, Span span) {
        String words = text.substring(span.begin(), span.end()).strip();
        if (PRONOUNS.contains(words.toLowerCase(Locale.ROOT))) return "pronoun";
        String first = words.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("the") || first.equals("a") || first.equals("an") || first.equals("some")
                || first.equals("many") || first.equals("his") || first.equals("her") || first.equals("their")
                || first.equals("its")) {
            return "description";
        }
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0)) ? "name" : "other";
    }

    /** Where the source is written relative to the content: same paragraph or not, before or after. */
    static String place(String text, Span source, Span content) {
        boolean before = source.begin() < content.begin();
        Span between = before ? new Span(source.end(), content.begin()) : new Span(content.end(), source.begin());
        if (source.overlaps(content)) return "inside the content";
        boolean sameParagraph = between.begin() >= between.end()
                || !text.substring(between.begin(), between.end()).contains("\n");
        return (sameParagraph ? "same paragraph, " : "other paragraph, ") + (before ? "before" : "after");
    }
}
