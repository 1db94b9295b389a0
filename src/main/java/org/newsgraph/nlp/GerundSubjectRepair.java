package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs the parse of a gerund clause with a name for its object used as a subject: in "Arming
 * Ukraine would provoke Russia" or "stopping Putin is vital and helps to deter China" the parser reads
 * the gerund as an adjective of the name ("arming" as a modifier of "Ukraine") and makes the name the
 * subject, so that every reader downstream has Ukraine provoke Russia. A name takes no participle in
 * front without a determiner ("a rising China" is an adjective), so a gerund right before a bare
 * singular name that is some verb's subject governs it as its object, and the clause is that verb's
 * clausal subject. A participle used as an adjective before a bare singular name that is a subject
 * ("Neighboring Poland has taken in …") is read wrongly so, but news writes it far less often: on the
 * 3,000 corpus articles about a dozen gerund clauses of this shape against one such adjective at most.
 */
final class GerundSubjectRepair {
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj");
    private static final Set<String> DETERMINERS = Set.of("det", "nmod:poss");

    private GerundSubjectRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency d : dependencies) {
            if (!d.relation().equals("amod") || d.governor() < 0) continue;
            int name = d.governor();
            int gerund = d.dependent();
            if (!isGerundBeforeBareName(tokens, result, gerund, name)) continue;
            List<Dependency> current = result;
            if (current.stream().noneMatch(e -> e.dependent() == name && e.relation().equals("nsubj"))) continue;
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency e : current) {
                if (e.equals(d)) {
                    repaired.add(new Dependency(gerund, name, "obj"));
                } else if (e.dependent() == name && e.relation().equals("nsubj")) {
                    repaired.add(new Dependency(e.governor(), gerund, "csubj"));
                } else if (!(e.dependent() == name && SUBJECTS.contains(e.relation()))) {
                    repaired.add(e);
                }
            }
            result = repaired;
        }
        return result;
    }

    /** A gerund written just before a name (its compound words between), the name with no determiner. */
    private static boolean isGerundBeforeBareName(List<Token> tokens, List<Dependency> dependencies, int gerund, int name) {
        // a plural name is people, whom a participle in front describes ("Leading Democrats say", "fleeing Russians")
        if (!tokens.get(gerund).pos().equals("VBG") || !tokens.get(name).pos().equals("NNP") || gerund >= name) return false;
        for (int between = gerund + 1; between < name; between++) {
            if (!tokens.get(between).pos().startsWith("NNP")) return false;
        }
        return dependencies.stream().noneMatch(e -> e.governor() == name && DETERMINERS.contains(e.relation()));
    }
}
