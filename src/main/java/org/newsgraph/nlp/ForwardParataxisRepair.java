package org.newsgraph.nlp;

import java.util.List;
import java.util.Set;

/**
 * Repairs the parse of a reported clause that the parser hangs its reporting verb from: in "In the
 * interview, Trump says he is a counterpuncher" it may read "Trump says" as a parenthetical
 * (parataxis) of "counterpuncher", as it rightly reads "The plan, he said, is dead". A parenthetical
 * stands inside or after the clause it comments on; a verb with its subject written before the whole
 * clause, subject included, is the clause's reporting verb, so the clause becomes its complement
 * (ccomp) and the verb takes the clause's place in the sentence.
 */
final class ForwardParataxisRepair {
    private ForwardParataxisRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency d : dependencies) {
            if (!d.relation().equals("parataxis") || d.governor() < 0 || !result.contains(d)) continue;
            int clause = d.governor();
            int verb = d.dependent();
            if (verb >= clause || !tokens.get(verb).pos().startsWith("VB") || Token.insideQuotation(tokens, verb)
                    || !isReportingShape(tokens, result, verb, clause)) {
                continue;
            }
            result = DependencyTrees.complementOf(result, verb, clause, Set.of(d));
        }
        return result;
    }

    /**
     * The verb has a subject before it and no complement of its own, and the clause starts right after
     * it: its subject (there must be one, a finite clause) and every other word of it come after the verb.
     */
    private static boolean isReportingShape(List<Token> tokens, List<Dependency> dependencies, int verb, int clause) {
        boolean verbSubject = false;
        boolean clauseSubject = false;
        for (Dependency e : dependencies) {
            if (e.governor() == verb) {
                if (e.relation().startsWith("nsubj") && e.dependent() < verb) verbSubject = true;
                if (e.relation().equals("ccomp") || e.relation().equals("obj") || e.relation().equals("xcomp")) return false;
            }
            if (e.governor() == clause && e.dependent() != verb && e.dependent() < verb && !e.relation().equals("punct")) return false;
            if (e.governor() == clause && e.relation().startsWith("nsubj") && e.dependent() > verb) clauseSubject = true;
        }
        return verbSubject && clauseSubject && !tokens.get(verb + 1).isPunctuation();
    }
}
