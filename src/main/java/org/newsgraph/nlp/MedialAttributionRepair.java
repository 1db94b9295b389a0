package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs the parse of an attribution set between commas inside the clause it reports: "The second
 * change, Gerstell said, came after the war", "The vote, the minister said on Tuesday, was a
 * disaster", "The talks, said a senior official, had stalled", "The drive, said the Daily Nation,
 * could be an attempt …". The parser reads such a sentence with the reporting verb as its root, the
 * clause's subject as the verb's subject and the rest of the clause as an unlabelled dependent or a
 * complement, and the speaker as an apposition of the subject, a second subject, an object or the
 * subject of the rest. With a pronoun it reads it right ("The plan, he said, would cost billions":
 * the clause is the root and "he said" its parenthetical), and that is the reading given to the
 * others: the rest of the clause takes the verb's place with the subject back, and the verb, with the
 * speaker for its subject, hangs from it as a parenthetical (parataxis).
 *
 * <p>The shape is strict: the subject ends before a comma, the attribution (speaker and verb, in
 * either order, with the verb's own modifiers such as "on Tuesday") fills the space up to a second
 * comma, and the rest of the clause, which has no subject of its own but the speaker, starts after it.
 */
final class MedialAttributionRepair {
    private static final Set<String> CONTINUATIONS = Set.of("dep", "ccomp");
    private static final Set<String> OBJECTS = Set.of("obj", "iobj", "ccomp", "xcomp");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Verbs that news put before their speaker: "…, said a senior official, …", "…, added the minister, …". */
    private static final Set<String> INVERTING = Set.of("say", "add", "write", "note", "explain", "argue", "warn",
            "insist", "claim", "recall", "continue", "state", "ask", "reply", "conclude", "tell");
    /** Verbs of speaking and writing: "has rejected" between commas reports nothing ("X, Y, has rejected …, Z said"). */
    private static final WordList REPORTING_VERBS = WordList.load("extract/reporting-verbs.txt");

    private MedialAttributionRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (int verb = 0; verb < tokens.size(); verb++) {
            Token token = tokens.get(verb);
            // a finite verb: "Women with mild decline, called the early treatment group, showed …" is a participle that names
            if (!FINITE.contains(token.pos()) || !REPORTING_VERBS.contains(token.lemma()) || Token.insideQuotation(tokens, verb)) continue;
            Optional<List<Dependency>> repaired = repairAt(tokens, result, verb);
            if (repaired.isPresent()) result = repaired.get();
        }
        return result;
    }

    private static Optional<List<Dependency>> repairAt(List<Token> tokens, List<Dependency> deps, int verb) {
        Integer subject = null;
        Integer rest = null;
        for (Dependency d : deps) {
            if (d.governor() != verb) continue;
            if (d.relation().equals("nsubj") && d.dependent() < verb && (subject == null || d.dependent() < subject)) subject = d.dependent();
            if (CONTINUATIONS.contains(d.relation()) && d.dependent() > verb) rest = d.dependent();
        }
        if (subject == null || rest == null) return Optional.empty();
        int firstComma = nextComma(tokens, subject, verb);
        int secondComma = nextComma(tokens, verb, rest);
        if (firstComma < 0 || secondComma < 0 || !startsAfter(deps, rest, secondComma)) return Optional.empty();
        Optional<Dependency> speakerEdge = speakerEdge(tokens, deps, verb, subject, rest, firstComma, secondComma);
        if (speakerEdge.isEmpty()) return Optional.empty();
        int speaker = speakerEdge.get().dependent();
        for (Dependency d : deps) {
            // "has rejected the resignation, instead asking …": a verb with an object or a complement of its own is no attribution
            if (d.governor() == verb && d.dependent() != speaker && d.dependent() != rest
                    && OBJECTS.contains(d.relation())) {
                return Optional.empty();
            }
            // the rest of the clause has a subject of its own, other than the speaker read as one: no attribution
            if (d.governor() == rest && d.relation().startsWith("nsubj") && d.dependent() != speaker) return Optional.empty();
        }
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.equals(speakerEdge.get())) continue;
            if (d.governor() == verb && d.dependent() == subject && d.relation().equals("nsubj")) continue;
            if (d.governor() == verb && d.dependent() == rest) continue;
            // whatever held the verb (the root) now holds the rest of the clause
            if (d.dependent() == verb) {
                out.add(new Dependency(d.governor(), rest, d.relation()));
                continue;
            }
            out.add(d);
        }
        out.add(new Dependency(rest, subject, "nsubj"));
        out.add(new Dependency(rest, verb, "parataxis"));
        out.add(new Dependency(verb, speaker, "nsubj"));
        return Optional.of(out);
    }

    /**
     * The speaker between the commas: an apposition of the subject or a second subject before the verb
     * ("The change, Gerstell said,", "The vote, the minister said,"), or after it an object or the
     * subject the parser gave the rest ("The talks, said a senior official,").
     */
    private static Optional<Dependency> speakerEdge(List<Token> tokens, List<Dependency> deps, int verb, int subject,
                                                   int rest, int firstComma, int secondComma) {
        // the speaker comes first ("Gerstell said") or, right after the comma, the verb ("said a senior official"),
        // which only verbs of saying do: "Women with mild decline, called the early treatment group," name
        boolean inverted = verb == firstComma + 1;
        if (inverted && !INVERTING.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        for (Dependency d : deps) {
            int w = d.dependent();
            boolean before = !inverted && w > firstComma && w < verb;
            boolean after = inverted && w > verb && w < secondComma;
            if (before && d.governor() == subject && d.relation().equals("appos")) return Optional.of(d);
            if (before && d.governor() == verb && d.relation().equals("nsubj")) return Optional.of(d);
            if (after && d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj"))) return Optional.of(d);
            if (after && d.governor() == rest && d.relation().equals("nsubj")) return Optional.of(d);
        }
        return Optional.empty();
    }

    /** The first comma after {@code from} and before {@code to}, or -1. */
    private static int nextComma(List<Token> tokens, int from, int to) {
        for (int w = from + 1; w < to; w++) {
            if (tokens.get(w).word().equals(",")) return w;
        }
        return -1;
    }

    /** The rest of the clause starts right after the comma: every word between them is one of its own ("had", "was"). */
    private static boolean startsAfter(List<Dependency> deps, int rest, int comma) {
        for (int w = comma + 1; w < rest; w++) {
            int word = w;
            if (deps.stream().noneMatch(d -> d.governor() == rest && d.dependent() == word)) return false;
        }
        return true;
    }
}
