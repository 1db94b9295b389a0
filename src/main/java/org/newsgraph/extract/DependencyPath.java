package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Dependency;

/**
 * A chain of dependency relations followed down from a word: "obj" is the word's object,
 * "obj>nmod:poss" the possessor of its object; "^" goes up instead: "^obj>obl:with" is the "with"
 * phrase of the verb the word is the object of ("held exercises with Japan").
 */
public record DependencyPath(List<String> relations) {
    private static final String UP = "^";

    public DependencyPath {
        relations = List.copyOf(relations);
        if (relations.isEmpty() || relations.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("empty dependency path");
        }
    }

    public static DependencyPath parse(String text) {
        return new DependencyPath(Arrays.stream(text.strip().split(">")).map(String::strip).toList());
    }

    /** Every word the path reaches from {@code from}, in sentence order of discovery. */
    public List<Integer> follow(ParsedSentence sentence, int from) {
        Set<Integer> current = new LinkedHashSet<>(List.of(from));
        for (String wanted : relations) {
            Set<Integer> next = new LinkedHashSet<>();
            for (int word : current) {
                if (wanted.startsWith(UP)) {
                    String up = wanted.substring(UP.length());
                    for (Dependency d : sentence.parents(word)) {
                        if (d.governor() >= 0 && matches(d.relation(), up)) next.add(d.governor());
                    }
                    continue;
                }
                for (Dependency d : sentence.children(word)) {
                    if (matches(d.relation(), wanted)) next.add(d.dependent());
                }
            }
            current = next;
        }
        return new ArrayList<>(current);
    }

    /** The same path with its first relation replaced, for reading a pattern on a passive verb. */
    public DependencyPath withFirst(String relation) {
        List<String> changed = new ArrayList<>(relations);
        changed.set(0, relation);
        return new DependencyPath(changed);
    }

    public String first() {
        return relations.get(0);
    }

    /**
     * Exact relation names, except that "nsubj" also takes the controlled subject enhanced++ adds
     * to an infinitive ("nsubj:xsubj" of "threatened to arm"), and "*" takes any relation but
     * punctuation and references; "obl" never means every "obl:*".
     */
    static boolean matches(String relation, String wanted) {
        if (wanted.equals("*")) return !relation.equals("punct") && !relation.equals("ref");
        return relation.equals(wanted) || relation.equals(wanted + ":xsubj");
    }

    @Override
    public String toString() {
        return String.join(">", relations);
    }
}
