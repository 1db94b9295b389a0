package org.newsgraph.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Repairs a parse of a clause reported without "that" after a verb that can take an object: in
 * "Russia warned it would respond" or "China signaled Beijing would retaliate" the parser takes the
 * clause's subject for the object of "warned", and hangs "warned" under "respond" as its clausal
 * subject. A finite verb with a subject of its own and no "that", "whether" or wh-word cannot be a
 * clausal subject in English, so the parse is read back the way the sentence goes: the first verb
 * governs the clause as its complement (ccomp), and the word taken for its object is the clause's
 * subject. Every reader downstream (statements, events, modality) then sees one shape for "warned it
 * would" and "warned that it would".
 */
final class ReportedClauseRepair {
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private ReportedClauseRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency d : dependencies) {
            if (!d.relation().startsWith("csubj") || !result.contains(d)) continue;
            OptionalInt object = misreadSubject(tokens, result, d);
            if (object.isPresent()) result = restructure(result, d, object.getAsInt());
        }
        return labelUnlabelledClauses(tokens, subjectsTakenForObjects(tokens, result));
    }

    /**
     * "Britain's Defense Ministry says Russia continues to besiege …": the parser may take the
     * clause's subject for the object of "says" and leave the clause, now without a subject,
     * unlabelled (dep). A finite verb right after the object, with nothing but its auxiliaries and
     * adverbs between, has that object for its subject; the clause is the first verb's complement,
     * and an infinitive the clause governs ("continues to besiege") shares its subject, as the
     * enhanced graph would have it.
     */
    private static List<Dependency> subjectsTakenForObjects(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (Dependency d : dependencies) {
            if (!d.relation().equals("dep") || d.governor() < 0 || d.dependent() <= d.governor() || !result.contains(d)) continue;
            int verb = d.governor();
            int clause = d.dependent();
            Token head = tokens.get(verb);
            if (!head.pos().startsWith("VB") || "be".equals(head.lemma()) || !isFiniteClause(tokens, result, clause)) continue;
            List<Dependency> current = result;
            boolean hasSubject = current.stream().anyMatch(e -> e.governor() == clause
                    && (e.relation().startsWith("nsubj") || e.relation().startsWith("csubj") || e.relation().equals("mark")));
            OptionalInt object = objectOf(current, verb, clause);
            if (hasSubject || object.isEmpty() || !isName(tokens, verb, object.getAsInt())
                    || !objectOpensClause(tokens, current, verb, object.getAsInt(), clause)) {
                continue;
            }
            int subject = object.getAsInt();
            List<Dependency> repaired = new ArrayList<>();
            for (Dependency e : current) {
                if (e.equals(d)) {
                    repaired.add(new Dependency(verb, clause, "ccomp"));
                } else if (e.governor() == verb && e.dependent() == subject && e.relation().equals("obj")) {
                    repaired.add(new Dependency(clause, subject, "nsubj"));
                } else {
                    repaired.add(e);
                }
            }
            for (Dependency e : current) {
                if (e.governor() == clause && e.relation().equals("xcomp")) repaired.add(new Dependency(e.dependent(), subject, "nsubj:xsubj"));
            }
            result = repaired;
        }
        return result;
    }

    /**
     * "The office told Reuters it was investigating …": the parser may leave the reported clause
     * unlabelled (dep). A finite clause with a subject of its own, right after the verb and its
     * object with no punctuation or clause opener between, is that verb's complement.
     */
    private static List<Dependency> labelUnlabelledClauses(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = null;
        for (Dependency d : dependencies) {
            if (!d.relation().equals("dep") || d.governor() < 0 || d.dependent() <= d.governor()) continue;
            // "what we're saying is the economy works": a copula's clause is what something is, not what was said
            Token verb = tokens.get(d.governor());
            if (!verb.pos().startsWith("VB") || "be".equals(verb.lemma()) || !isReportedClause(tokens, dependencies, d)) continue;
            if (result == null) result = new ArrayList<>(dependencies);
            result.set(result.indexOf(d), new Dependency(d.governor(), d.dependent(), "ccomp"));
        }
        return result == null ? dependencies : result;
    }

    private static boolean isReportedClause(List<Token> tokens, List<Dependency> dependencies, Dependency dep) {
        int clause = dep.dependent();
        if (!isFiniteClause(tokens, dependencies, clause)) return false;
        int subject = -1;
        for (Dependency e : dependencies) {
            if (e.governor() != clause) continue;
            if (e.relation().equals("mark") || e.relation().equals("cc")) return false;
            if (e.relation().startsWith("nsubj") && e.dependent() < clause) subject = e.dependent();
        }
        if (subject < 0) return false;
        // between the verb and the clause only the verb's object, the clause's subject and its auxiliaries
        // ("made headlines by saying he would …" is another structure)
        Set<Integer> allowed = new HashSet<>(subtree(dependencies, subject, dep.governor(), clause));
        objectOf(dependencies, dep.governor(), clause).ifPresent(o -> allowed.addAll(subtree(dependencies, o, dep.governor(), clause)));
        for (int t = dep.governor() + 1; t < clause; t++) {
            // an auxiliary before the subject is no reported clause: "what we're saying is the economy works"
            boolean fits = allowed.contains(t) && !tokens.get(t).isPunctuation() && !tokens.get(t).pos().startsWith("VB")
                    || t > subject && isClauseModifier(tokens, dependencies, clause, t) && !tokens.get(t).isPunctuation();
            if (!fits) return false;
        }
        return true;
    }

    /**
     * Whether the words between the verb and the clause are a name or a pronoun alone ("Russia", "the
     * Kremlin", "it"): a common noun there may be a real object with a clause of its own the parser
     * misread ("faced criticism over the length of time officers waited"), and so may anything with
     * a preposition in it.
     */
    private static boolean isName(List<Token> tokens, int verb, int object) {
        String head = tokens.get(object).pos();
        if (!head.startsWith("NNP") && !head.equals("PRP")) return false;
        for (int t = verb + 1; t < object; t++) {
            String tag = tokens.get(t).pos();
            if (!tag.startsWith("NNP") && !tag.equals("DT") && !tag.equals("POS")) return false;
        }
        return true;
    }

    /** The words under {@code head} strictly between {@code from} and {@code to}, the head included. */
    private static Set<Integer> subtree(List<Dependency> dependencies, int head, int from, int to) {
        Set<Integer> words = new HashSet<>(List.of(head));
        Deque<Integer> todo = new ArrayDeque<>(words);
        while (!todo.isEmpty()) {
            int h = todo.pop();
            for (Dependency e : dependencies) {
                if (e.governor() == h && e.dependent() > from && e.dependent() < to && words.add(e.dependent())) todo.push(e.dependent());
            }
        }
        return words;
    }

    /**
     * For a finite verb with a subject and an object before its governor, and no word that opens a
     * clause, the object: the reported clause's real subject. Empty for anything else.
     */
    private static OptionalInt misreadSubject(List<Token> tokens, List<Dependency> dependencies, Dependency csubj) {
        int clause = csubj.governor();
        int verb = csubj.dependent();
        if (verb >= clause || !FINITE.contains(tokens.get(verb).pos())) return OptionalInt.empty();
        boolean subject = false;
        for (Dependency e : dependencies) {
            if (e.governor() == verb) {
                if (e.relation().startsWith("nsubj") && e.dependent() < verb) subject = true;
                // "what he said was …", "that they left surprised no one": a real clausal subject
                boolean opensClause = e.relation().equals("mark") || tokens.get(e.dependent()).pos().startsWith("W");
                if (opensClause) return OptionalInt.empty();
            }
            if (e.governor() == clause && e.relation().startsWith("nsubj")) return OptionalInt.empty();
        }
        OptionalInt object = objectOf(dependencies, verb, clause);
        boolean misread = subject && object.isPresent() && isFiniteClause(tokens, dependencies, clause)
                && objectOpensClause(tokens, dependencies, verb, object.getAsInt(), clause);
        return misread ? object : OptionalInt.empty();
    }

    /**
     * The words between the two verbs are the object's phrase and then the clause's auxiliaries and
     * adverbs, in that order ("warned [the United States] [would] respond"); a word of the first verb's
     * own ("fired tear gas [at protesters] and a state of emergency was declared") or a verb, "to" or
     * punctuation in the phrase ("cited stats to show …") is another structure, left as parsed.
     */
    private static boolean objectOpensClause(List<Token> tokens, List<Dependency> dependencies, int verb, int object,
                                             int clause) {
        Set<Integer> phrase = new HashSet<>(List.of(object));
        Deque<Integer> todo = new ArrayDeque<>(phrase);
        while (!todo.isEmpty()) {
            int head = todo.pop();
            for (Dependency e : dependencies) {
                boolean between = e.dependent() > verb && e.dependent() < clause;
                if (e.governor() == head && between && phrase.add(e.dependent())) todo.push(e.dependent());
            }
        }
        int lastOfPhrase = verb;
        for (int t = verb + 1; t < clause; t++) {
            String tag = tokens.get(t).pos();
            if (phrase.contains(t)) {
                boolean opensAnother = tag.startsWith("VB") || tag.equals("TO") || tag.equals("MD")
                        || tokens.get(t).isPunctuation();
                if (opensAnother || t != lastOfPhrase + 1) return false;
                lastOfPhrase = t;
            } else if (!isClauseModifier(tokens, dependencies, clause, t)) {
                return false;
            }
        }
        return lastOfPhrase > verb;
    }

    private static boolean isClauseModifier(List<Token> tokens, List<Dependency> dependencies, int clause, int word) {
        // a quotation mark opens quoted words of the clause: "maintains Israel will 'finish the job'"
        return dependencies.stream().anyMatch(e -> e.governor() == clause && e.dependent() == word
                && (e.relation().startsWith("aux") || e.relation().equals("advmod") || e.relation().equals("cop")
                        || e.relation().equals("punct") && tokens.get(word).isTaggedQuotationMark()));
    }

    /** The verb's object between it and the clause, if any. */
    private static OptionalInt objectOf(List<Dependency> dependencies, int verb, int clause) {
        return dependencies.stream().filter(e -> e.governor() == verb && e.relation().equals("obj")
                && e.dependent() > verb && e.dependent() < clause).mapToInt(Dependency::dependent).findFirst();
    }

    /** "would respond", "is ready", "plans": a clause that could stand as a sentence of its own. */
    private static boolean isFiniteClause(List<Token> tokens, List<Dependency> dependencies, int clause) {
        if (FINITE.contains(tokens.get(clause).pos()) || tokens.get(clause).pos().equals("MD")) return true;
        // "would respond", "is ready" (a copula is as finite as an auxiliary)
        return dependencies.stream().anyMatch(e -> e.governor() == clause
                && (e.relation().startsWith("aux") || e.relation().equals("cop"))
                && (tokens.get(e.dependent()).pos().equals("MD") || FINITE.contains(tokens.get(e.dependent()).pos())));
    }

    private static List<Dependency> restructure(List<Dependency> dependencies, Dependency csubj, int object) {
        int clause = csubj.governor();
        int verb = csubj.dependent();
        List<Dependency> result = new ArrayList<>();
        for (Dependency e : dependencies) {
            // with a subject now, the clause has no clausal subject (the enhanced graph copies the
            // misread one from a conjunct of the verb: "voted … but insisted it was")
            if (e.governor() == clause && e.relation().startsWith("csubj")) continue;
            if (e.governor() == verb && e.dependent() == object && e.relation().equals("obj")) {
                result.add(new Dependency(clause, object, "nsubj"));
            } else if (e.dependent() == verb && e.relation().startsWith("csubj")) {
                // the enhanced graph's copy on a conjunct ("… is too broad and will lead"): it shares the subject
                result.add(new Dependency(e.governor(), object, "nsubj"));
            } else if (e.dependent() == clause && !e.relation().startsWith("conj")) {
                // the clause's own attachment (root, or a conjunct's) is now the reporting verb's
                result.add(new Dependency(e.governor(), verb, e.relation()));
            } else {
                result.add(e);
            }
        }
        result.add(new Dependency(verb, clause, "ccomp"));
        return result;
    }
}
