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
 * <p>
 * A second error is the reverse: in a list of infinitives ("HTS wants to topple Assad, expel Iran
 * from the area and pursue its own ideology") the later verbs are made conjuncts of the finite verb
 * ("wants") rather than of the first infinitive, so that they read as things done rather than
 * wanted. A verb in its base form cannot be a conjunct of a verb in the past or the third person
 * singular, so such a conjunct with no subject but the one it was given, and no auxiliary ("did not
 * permit"), is joined to the infinitive.
 */
final class VerbCoordinationRepair {
    private static final int MAX_CLIMB = 4;

    private VerbCoordinationRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        return infinitiveLists(tokens, verbsConjoinedToNouns(tokens, dependencies));
    }

    private static List<Dependency> infinitiveLists(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = new ArrayList<>(dependencies);
        for (Dependency d : dependencies) {
            if (!d.relation().startsWith("conj") || d.governor() < 0) continue;
            int head = d.governor();
            int verb = d.dependent();
            String headTag = tokens.get(head).pos();
            String tag = tokens.get(verb).pos();
            if (!headTag.equals("VBZ") && !headTag.equals("VBD")) continue;
            if (!tag.equals("VB") && !tag.equals("VBP")) continue;
            Optional<Integer> infinitive = dependencies.stream()
                    .filter(e -> e.governor() == head && e.relation().equals("xcomp") && e.dependent() < verb
                            && tokens.get(e.dependent()).pos().equals("VB"))
                    .map(Dependency::dependent).findFirst();
            // "refused to produce documents and did not permit witnesses": an auxiliary makes it finite
            boolean auxiliary = dependencies.stream().anyMatch(e -> e.governor() == verb && e.relation().startsWith("aux"));
            if (infinitive.isEmpty() || auxiliary || hasOwnSubject(dependencies, head, verb)) continue;
            result.remove(d);
            result.add(new Dependency(infinitive.get(), verb, d.relation()));
        }
        return result;
    }

    /** A subject of the conjunct that is not one the enhanced graph copied from the verb it was joined to. */
    private static boolean hasOwnSubject(List<Dependency> dependencies, int head, int verb) {
        return dependencies.stream().anyMatch(e -> e.governor() == verb && e.relation().startsWith("nsubj")
                && dependencies.stream().noneMatch(h -> h.governor() == head && h.dependent() == e.dependent()
                        && h.relation().startsWith("nsubj")));
    }

    private static List<Dependency> verbsConjoinedToNouns(List<Token> tokens, List<Dependency> dependencies) {
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
