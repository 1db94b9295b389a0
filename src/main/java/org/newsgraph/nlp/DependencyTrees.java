package org.newsgraph.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks of a sentence's dependency graph for the parse repairs. */
final class DependencyTrees {
    private DependencyTrees() {
    }

    /**
     * The words below {@code head}, not the head itself unless a cycle of the enhanced graph leads back
     * to it (a relative clause's verb has the noun it modifies for its subject).
     */
    static Set<Integer> descendants(List<Dependency> dependencies, int head) {
        Set<Integer> found = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(head));
        while (!todo.isEmpty()) {
            int h = todo.pop();
            for (Dependency e : dependencies) {
                if (e.governor() == h && found.add(e.dependent())) todo.push(e.dependent());
            }
        }
        return found;
    }

    /**
     * Gives {@code verb} the place in the sentence that {@code clause} had, and makes the clause its
     * complement (ccomp). The edges to the clause from inside it (the enhanced graph's subject of a
     * relative clause: "steps that could be taken") and from conjuncts stay; {@code dropped} edges go.
     */
    static List<Dependency> complementOf(List<Dependency> dependencies, int verb, int clause, Set<Dependency> dropped) {
        Set<Integer> inside = descendants(dependencies, clause);
        List<Dependency> result = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (dropped.contains(d)) continue;
            boolean attachment = d.dependent() == clause && !d.relation().startsWith("conj") && !inside.contains(d.governor());
            result.add(attachment ? new Dependency(d.governor(), verb, d.relation()) : d);
        }
        result.add(new Dependency(verb, clause, "ccomp"));
        return result;
    }
}
