package org.newsgraph.eval;

import java.util.List;

/** The scoring rules in words, printed with every report so that its figures can be read right. */
final class ScoringRules {
    static final List<String> RULES = List.of(
            "Actors: a gold \"Q…\" id matches an actor with that owl:sameAs id; if the actor is unlinked,"
                    + " the gold entity's label is tried instead. A gold label matches rdfs:label or a skos:altLabel"
                    + " after normalisation (lower case, no diacritics, periods and apostrophes removed,"
                    + " hyphens as spaces, leading \"the\" dropped, white space collapsed).",
            "Entities: recall = gold entities matched by an actor mentioned in the article with the same type;"
                    + " precision = linked actors mentioned in the article whose Wikidata id is among the"
                    + " article's gold ids / linked actors mentioned in the article.",
            "Statements: found when an extracted statement's text contains the gold fragment (lower case,"
                    + " straight quotes, white space collapsed) and a speaker matches; precision = extracted"
                    + " statements that find some gold statement / extracted statements; kind accuracy over found"
                    + " statements.",
            "Events: found when an extracted event has the same CAMEO root (first two digits), an agent among"
                    + " the gold agents and, if the gold names any, a target or recipient among the gold targets"
                    + " and recipients (pooled); precision likewise; modality and full-code accuracy over found"
                    + " events, right when any matching event has the gold value.",
            "Matching is many-to-many: one extracted item may find several gold items. Statements and events"
                    + " reported in several articles count for each. Totals are micro-averaged (counts summed);"
                    + " gold articles missing from the graph count with zero recall. A ratio 0/0 is undefined"
                    + " (shown as -); F1 is 0 when precision or recall is 0, else undefined when either is.");

    private ScoringRules() {
    }
}
