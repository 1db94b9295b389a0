package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs where a participle of saying after a comma hangs: in "Guthrie said parts of Florida received a
 * foot of rain, adding that “the worst is yet to come”" the parser often hangs "adding" from the last
 * verb of the reported clause ("received"), so the second report becomes part of the first one's words
 * and has no cue of its own. A participle of saying set off by a comma, with no subject of its own, adds
 * to what the subject of the reporting verb said: it hangs from that verb, as the parser has it where it
 * gets the sentence right ("…, the minister said, adding …").
 */
final class TrailingCueRepair {
    private static final WordList REPORTING_VERBS = WordList.load("extract/reporting-verbs.txt");
    private static final Set<String> LOOSE = Set.of("dep", "advcl", "xcomp", "conj", "conj:and", "parataxis");
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");

    private TrailingCueRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency d : dependencies) {
            int participle = d.dependent();
            if (d.governor() < 0 || !LOOSE.contains(d.relation()) || participle < 1) continue;
            Token t = tokens.get(participle);
            if (!t.pos().equals("VBG") || !REPORTING_VERBS.contains(t.lemma()) || !tokens.get(participle - 1).word().equals(",")) continue;
            // "…,” Engelbert said, adding …": it hangs from a verb of saying already
            if (hasSubject(result, participle) || isVerbOfSaying(tokens, d.governor())) continue;
            Optional<Integer> reporter = reportingVerbAbove(tokens, result, d.governor());
            if (reporter.isEmpty()) continue;
            List<Dependency> repaired = new ArrayList<>(result);
            repaired.remove(d);
            repaired.add(new Dependency(reporter.get(), participle, "advcl"));
            result = repaired;
        }
        return result;
    }

    /** The verb of saying whose reported clause holds {@code verb}: up through the clause to its complement's head. */
    private static Optional<Integer> reportingVerbAbove(List<Token> tokens, List<Dependency> dependencies, int verb) {
        int node = verb;
        for (int steps = 0; steps < tokens.size(); steps++) {
            int current = node;
            Optional<Dependency> up = dependencies.stream()
                    .filter(e -> e.dependent() == current && e.governor() >= 0 && !e.relation().startsWith("nsubj"))
                    .findFirst();
            if (up.isEmpty()) return Optional.empty();
            int governor = up.get().governor();
            if (REPORTED.contains(up.get().relation()) && isVerbOfSaying(tokens, governor)) {
                return Optional.of(governor);
            }
            node = governor;
        }
        return Optional.empty();
    }

    private static boolean isVerbOfSaying(List<Token> tokens, int i) {
        return tokens.get(i).pos().startsWith("VB") && REPORTING_VERBS.contains(tokens.get(i).lemma());
    }

    private static boolean hasSubject(List<Dependency> dependencies, int verb) {
        return dependencies.stream().anyMatch(e -> e.governor() == verb && e.relation().startsWith("nsubj"));
    }
}
