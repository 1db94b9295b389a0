package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Repairs a participle clause after a comma read as a subject: in "Sanders defended his call to raise
 * the wage, saying the gains would outweigh the losses" the parser makes "saying" (with "the gains"
 * for its object) the subject of "would outweigh", and that clause a complement of "raise"; nobody
 * then says anything. A participle set off by a comma after its clause cannot be the subject of a
 * verb that follows it: the word taken for its object is that verb's subject, the verb's clause is
 * the participle's complement, and the participle modifies the clause before the comma (its highest
 * verb, above any infinitive: "defended", not "raise"), as when the parser reads it right.
 */
final class ParticipleSubjectRepair {
    private ParticipleSubjectRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency subject : dependencies) {
            int participle = subject.dependent();
            int verb = subject.governor();
            if (!subject.relation().equals("nsubj") || verb <= participle || participle == 0
                    || !tokens.get(participle).pos().equals("VBG") || !tokens.get(participle - 1).word().equals(",")) {
                continue;
            }
            List<Dependency> current = result;
            Optional<Dependency> object = current.stream().filter(d -> d.governor() == participle
                    && d.relation().equals("obj") && d.dependent() > participle && d.dependent() < verb).findFirst();
            Optional<Dependency> hang = current.stream().filter(d -> d.dependent() == verb && d.governor() >= 0
                    && d.governor() < participle && !d.relation().startsWith("nsubj")).findFirst();
            if (object.isEmpty() || hang.isEmpty() || !tokens.get(hang.get().governor()).pos().startsWith("VB")) continue;
            int clause = highestVerb(tokens, current, hang.get().governor());
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency d : current) {
                if (d.equals(subject) || d.equals(object.get()) || d.equals(hang.get())) continue;
                repaired.add(d);
            }
            repaired.add(new Dependency(clause, participle, "advcl"));
            repaired.add(new Dependency(participle, verb, "ccomp"));
            repaired.add(new Dependency(verb, object.get().dependent(), "nsubj"));
            result = repaired;
        }
        return result;
    }

    /** The verb an infinitive or a controlled verb depends on, up to the clause's own head. */
    private static int highestVerb(List<Token> tokens, List<Dependency> dependencies, int verb) {
        int current = verb;
        for (int step = 0; step < tokens.size(); step++) {
            int from = current;
            Optional<Dependency> up = dependencies.stream()
                    .filter(d -> d.dependent() == from && d.governor() >= 0 && d.relation().equals("xcomp")).findFirst();
            if (up.isEmpty()) return current;
            current = up.get().governor();
        }
        return current;
    }
}
