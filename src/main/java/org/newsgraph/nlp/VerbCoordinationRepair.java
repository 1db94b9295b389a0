package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repairs one frequent attachment error of the dependency parser in long news sentences: a finite verb
 * coordinated with a noun ("the US has sent troops to Poland in recent weeks and on Thursday
 * announced the deployment of …": "announced" made a conjunct of "weeks"). Coordination joins words
 * of one kind, so a finite verb with no subject of its own, conjoined to a noun, is a conjunct of the
 * verb that noun hangs from; it then shares that verb's subjects, as the enhanced graph gives every
 * conjunct of a verb.
 */
final class VerbCoordinationRepair {
    private static final int MAX_CLIMB = 4;

    private VerbCoordinationRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = new ArrayList<>(dependencies);
        for (Dependency d : dependencies) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) continue;
            int verb = d.dependent();
            if (!isFiniteVerb(tokens.get(verb)) || !tokens.get(d.governor()).pos().startsWith("NN")) continue;
            if (dependencies.stream().anyMatch(e -> e.governor() == verb && e.relation().startsWith("nsubj"))) continue;
            Optional<Integer> head = verbAbove(tokens, dependencies, d.governor());
            if (head.isEmpty() || head.get() == verb) continue;
            result.remove(d);
            // the enhanced graph copied the noun's own attachment onto its conjunct ("obl:in(sent, announced)")
            int noun = d.governor();
            result.removeIf(e -> e.dependent() == verb && dependencies.stream()
                    .anyMatch(n -> n.dependent() == noun && n.governor() == e.governor() && n.relation().equals(e.relation())));
            result.add(new Dependency(head.get(), verb, d.relation()));
            for (Dependency subject : dependencies) {
                if (subject.governor() == head.get() && subject.relation().startsWith("nsubj")) {
                    result.add(new Dependency(verb, subject.dependent(), subject.relation()));
                }
            }
        }
        return result;
    }

    private static boolean isFiniteVerb(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    /** The verb a noun hangs from, through at most a few nouns ("in recent weeks" of "sent"). */
    private static Optional<Integer> verbAbove(List<Token> tokens, List<Dependency> dependencies, int noun) {
        int node = noun;
        for (int step = 0; step < MAX_CLIMB; step++) {
            int current = node;
            Optional<Dependency> parent = dependencies.stream()
                    .filter(e -> e.dependent() == current && e.governor() >= 0 && !e.relation().startsWith("conj")
                            && !e.relation().equals("ref"))
                    .findFirst();
            if (parent.isEmpty()) return Optional.empty();
            node = parent.get().governor();
            if (tokens.get(node).pos().startsWith("VB")) return Optional.of(node);
            if (!tokens.get(node).pos().startsWith("NN")) return Optional.empty();
        }
        return Optional.empty();
    }
}
