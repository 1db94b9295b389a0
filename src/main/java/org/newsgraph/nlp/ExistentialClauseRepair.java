package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs the parse of a clause that opens with existential "there" after a verb: in "He said there
 * were a million tweets" or "Biden warned there would be consequences" the parser hangs "there" on
 * the first verb as an adverb and makes that verb the clausal subject of the second clause, or leaves
 * the second clause unlabelled ("Officials said there are no plans"). "there" tagged existential (EX)
 * always opens a clause of its own, so the clause its verb belongs to is the first verb's complement
 * (ccomp) with "there" for its expletive, as the parser reads "She says there is a risk".
 */
final class ExistentialClauseRepair {
    private ExistentialClauseRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (int there = 1; there + 1 < tokens.size(); there++) {
            if (!tokens.get(there).pos().equals("EX")) continue;
            int verb = there - 1;
            if (!tokens.get(verb).pos().startsWith("VB")) continue;
            Optional<Dependency> onVerb = edge(result, verb, there);
            if (onVerb.isEmpty() || onVerb.get().relation().equals("expl")) continue;
            Optional<Integer> clause = clauseOf(tokens, result, there + 1);
            if (clause.isEmpty() || clause.get() <= there) continue;
            result = reattach(result, onVerb.get(), verb, clause.get(), there);
        }
        return result;
    }

    /**
     * The head of the clause whose verb or auxiliary stands at {@code word}: the word itself when it
     * governs the clause ("there are no plans"), else the word it is the copula or auxiliary of
     * ("there were a million tweets", "there would be consequences").
     */
    private static Optional<Integer> clauseOf(List<Token> tokens, List<Dependency> dependencies, int word) {
        String tag = tokens.get(word).pos();
        if (!tag.startsWith("VB") && !tag.equals("MD")) return Optional.empty();
        for (Dependency d : dependencies) {
            if (d.dependent() == word && (d.relation().equals("cop") || d.relation().startsWith("aux"))) return Optional.of(d.governor());
        }
        return Optional.of(word);
    }

    private static Optional<Dependency> edge(List<Dependency> dependencies, int governor, int dependent) {
        return dependencies.stream().filter(d -> d.governor() == governor && d.dependent() == dependent).findFirst();
    }

    /**
     * The clause becomes the verb's complement: where the verb was the clause's clausal subject, the
     * verb takes the clause's place in the sentence; where the clause hung from the verb unlabelled
     * or as a parenthetical, its label is corrected. Any other attachment is another structure
     * ("said Friday there …" with a word between is not read here), left as parsed.
     */
    private static List<Dependency> reattach(List<Dependency> dependencies, Dependency onVerb, int verb, int clause,
                                             int there) {
        Optional<Dependency> verbUnderClause = edge(dependencies, clause, verb).filter(d -> d.relation().startsWith("csubj"));
        Optional<Dependency> clauseUnderVerb = edge(dependencies, verb, clause)
                .filter(d -> d.relation().equals("dep") || d.relation().equals("parataxis"));
        if (verbUnderClause.isEmpty() && clauseUnderVerb.isEmpty()) return dependencies;
        Set<Dependency> dropped = new HashSet<>(List.of(onVerb));
        verbUnderClause.ifPresent(dropped::add);
        clauseUnderVerb.ifPresent(dropped::add);
        List<Dependency> result = verbUnderClause.isPresent()
                ? DependencyTrees.complementOf(dependencies, verb, clause, dropped)
                : relabelled(dependencies, dropped, verb, clause);
        result.add(new Dependency(clause, there, "expl"));
        return result;
    }

    private static List<Dependency> relabelled(List<Dependency> dependencies, Set<Dependency> dropped, int verb, int clause) {
        List<Dependency> result = new ArrayList<>(dependencies);
        result.removeAll(dropped);
        result.add(new Dependency(verb, clause, "ccomp"));
        return result;
    }
}
