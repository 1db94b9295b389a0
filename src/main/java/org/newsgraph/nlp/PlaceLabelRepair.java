package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs the root of a sentence that opens with a place and a colon, the dateline of news
 * roundups ("Juneau: Republican Gov. Mike Dunleavy defended his record …, arguing …"). The parser
 * makes the place the root and hangs the whole clause from it as an apposition, so the clause's
 * verb is nobody's main verb and what depends on the sentence's subject (the speaker of "arguing",
 * the doer of the act) is lost. The clause's verb becomes the root and the place a loose dependent
 * of it, with the rest of what hung from the place.
 */
final class PlaceLabelRepair {
    /** How the parser hangs the clause after the colon from the place. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("appos", "dep", "parataxis", "acl", "acl:relcl");
    private static final String ROOT = "root";

    private PlaceLabelRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        int colon = PlaceLabels.colonAfterPlace(tokens);
        if (colon < 0) return dependencies;
        Optional<Dependency> root = dependencies.stream()
                .filter(d -> d.relation().equals(ROOT) && d.dependent() < colon).findFirst();
        if (root.isEmpty()) return dependencies;
        int place = root.get().dependent();
        Optional<Dependency> clause = dependencies.stream()
                .filter(d -> d.governor() == place && d.dependent() > colon && CLAUSE_RELATIONS.contains(d.relation())
                        && tokens.get(d.dependent()).pos().startsWith("VB"))
                .findFirst();
        if (clause.isEmpty()) return dependencies;
        int verb = clause.get().dependent();
        List<Dependency> repaired = new ArrayList<>(dependencies.size());
        for (Dependency d : dependencies) {
            if (d == root.get()) {
                repaired.add(new Dependency(-1, verb, ROOT));
            } else if (d == clause.get()) {
                repaired.add(new Dependency(verb, place, "dep"));
            } else if (d.governor() == place && d.dependent() > colon) {
                repaired.add(new Dependency(verb, d.dependent(), d.relation()));
            } else {
                repaired.add(d);
            }
        }
        return repaired;
    }
}
