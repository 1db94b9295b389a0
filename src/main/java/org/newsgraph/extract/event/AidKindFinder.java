package org.newsgraph.extract.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.nlp.Dependency;

/**
 * Finds what kind of aid an event is about from the words of its object and modifiers: "provide
 * lethal weapons" is military, "sending food supplies" humanitarian.
 */
final class AidKindFinder {
    private static final int MAX_DEPTH = 3;
    /** Where the thing given is: the object, "with …", the passive subject, and a noun's own modifiers. */
    private static final List<String> OBJECT_RELATIONS = List.of("obj", "obl:with", "nsubj:pass", "iobj", "amod",
            "compound", "nmod:of", "nmod:with");
    /**
     * Inside the object, only what describes the thing given: "economic and humanitarian aid",
     * "kinds of weapons", "more than just aid", "500 million euros in military aid"; not "a run for
     * his money".
     */
    private static final List<String> INNER_RELATIONS = List.of("amod", "compound", "conj", "nmod:of", "nmod:than",
            "nmod:including", "nmod:such_as", "appos", "det:qmod", "nmod:in", "nmod:worth");
    /**
     * Troops sent outrank the things sent with them ("troops and fighter jets": protection), and
     * military aid the other kinds ("arms and food").
     */
    private static final List<Integer> PRIORITY = List.of(4, 2, 3, 1);

    private final WordClasses classes;

    AidKindFinder(WordClasses classes) {
        this.classes = classes;
    }

    /** A record of what was found: any aid word, and the kind digit (0 when no kind was named). */
    record AidKind(boolean namesAid, int digit) {
    }

    AidKind find(ParsedSentence s, int trigger) {
        Set<Integer> digits = new HashSet<>();
        boolean aid = false;
        for (int word : region(s, trigger)) {
            String lemma = s.token(word).lemma();
            int digit = classes.kindDigit(lemma);
            if (digit > 0) digits.add(digit);
            aid |= classes.namesAid(lemma);
        }
        int digit = PRIORITY.stream().filter(digits::contains).findFirst().orElse(0);
        return new AidKind(aid, digit);
    }

    private Set<Integer> region(ParsedSentence s, int trigger) {
        Set<Integer> seen = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        for (Dependency d : s.children(trigger)) {
            if (OBJECT_RELATIONS.contains(d.relation())) queue.add(new int[] {d.dependent(), 1});
        }
        while (!queue.isEmpty()) {
            int[] item = queue.poll();
            if (!seen.add(item[0]) || item[1] >= MAX_DEPTH) continue;
            for (Dependency d : s.children(item[0])) {
                if (INNER_RELATIONS.stream().anyMatch(r -> d.relation().startsWith(r))) {
                    queue.add(new int[] {d.dependent(), item[1] + 1});
                }
            }
        }
        return seen;
    }
}
