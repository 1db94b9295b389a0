package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs a tagging error that costs an event its clause: after a conjunction that opens a clause
 * ("if", "unless", "when", "because"), a name followed by a word that is noun and verb ("if Israel
 * attacks", "unless Moscow withdraws its troops", "when China bombs Taiwan") is tagged as a plural
 * noun, and the parser reads "Israel attacks" as one noun phrase: the clause loses its subject and
 * verb, and a threat loses whom it is meant to deter. Those conjunctions are followed by a clause,
 * never by a bare noun phrase, so a plural noun right after the name, with no verb of its own after
 * it (which would make it a subject: "if NATO members agree") and no noun after it (which would make
 * it a modifier: "if US arms sales resume"), is the clause's verb.
 */
final class ClauseVerbTags {
    /**
     * Conjunctions that take only clauses; not "after", "before", "since" or "until", which also take
     * noun phrases ("after Israel strikes on Gaza").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("if", "unless", "whether", "because", "when", "whenever",
            "although", "though", "while", "once");
    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS");
    /** What may follow the verb: its object, a preposition, an adverb, or the clause's end. */
    private static final Set<String> AFTER_VERB = Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "IN", "TO", "RB", "RP",
            "CD", "JJ", ",", ".", ":", "-RRB-", "''");

    private ClauseVerbTags() {
    }

    static void repair(List<CoreLabel> tokens) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!CLAUSE_OPENERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) continue;
            int name = i + 1;
            if ("DT".equals(tokens.get(name).tag()) && "the".equalsIgnoreCase(tokens.get(name).word())) name++;
            int end = name;
            while (end < tokens.size() && NAME_TAGS.contains(tokens.get(end).tag())) end++;
            if (end == name || end >= tokens.size()) continue;
            CoreLabel candidate = tokens.get(end);
            if (!"NNS".equals(candidate.tag()) || !candidate.word().endsWith("s")
                    || !Character.isLowerCase(candidate.word().charAt(0))) continue;
            boolean clauseEnds = end + 1 == tokens.size();
            if (clauseEnds || AFTER_VERB.contains(tokens.get(end + 1).tag())) candidate.setTag("VBZ");
        }
    }
}
