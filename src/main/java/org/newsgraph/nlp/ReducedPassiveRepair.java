package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs the parse of a passive written without its auxiliary, as headlines and the links and
 * captions around articles write them ("FTX founder Sam Bankman-Fried arrested in Bahamas",
 * "Opposition leader jailed for 25 years"): the parser gives the past participle a plain subject,
 * which every reader downstream takes for the doer. A past participle has a subject of its own only
 * with an auxiliary ("has arrested", "was arrested"); without one, and without an object, the subject
 * is the one the verb was done to, so the relation becomes {@code nsubj:pass}. The same holds for a
 * participle attached to a noun as its modifier ("hostages held by hostile regimes"), should the
 * parser give it a plain subject. Other clauses are left alone: there the tagger also gives the
 * participle's tag to past tenses of verbs without an object.
 * <p>
 * A conjunct is left alone: the enhanced graph copies the subject of the first verb to it, while the
 * auxiliary stays on the first ("has visited Kyiv and spoken to troops").
 */
final class ReducedPassiveRepair {
    private static final String PARTICIPLE = "VBN";
    /** Dependents that make a participle a full verb phrase or an active one: auxiliaries, copulas, objects. */
    private static final Set<String> ACTIVE_MARKS = Set.of("aux", "aux:pass", "cop", "obj", "iobj", "expl");

    private ReducedPassiveRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = null;
        for (Dependency d : dependencies) {
            if (!d.relation().equals("nsubj") || d.governor() < 0) continue;
            int verb = d.governor();
            if (!tokens.get(verb).pos().equals(PARTICIPLE) || !isReducedPassive(dependencies, verb)) continue;
            if (result == null) result = new ArrayList<>(dependencies);
            result.set(result.indexOf(d), new Dependency(verb, d.dependent(), "nsubj:pass"));
        }
        return result == null ? dependencies : result;
    }

    private static boolean isReducedPassive(List<Dependency> dependencies, int verb) {
        // a headline's participle is its main verb, a reduced relative's hangs from its noun ("territories
        // occupied by Russian forces"); in other clauses the tagger also gives VBN to past tenses
        // without an object ("as troops amassed along the border")
        if (dependencies.stream().noneMatch(e -> e.dependent() == verb
                && (e.relation().equals("root") || e.relation().startsWith("acl")))) return false;
        for (Dependency e : dependencies) {
            if (e.dependent() == verb && e.relation().startsWith("conj")) return false;
            if (e.governor() == verb && ACTIVE_MARKS.contains(e.relation())) return false;
        }
        return true;
    }
}
