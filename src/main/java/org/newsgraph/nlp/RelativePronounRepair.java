package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs the antecedent of "who": a relative clause is about the person named just before it, but
 * the parser may hang it elsewhere. In "Trump was out-brutalizing Ted Cruz, who said he would …" it
 * makes "who said …" a clause of its own (parataxis) whose subject is the bare pronoun, and in "a
 * backlash from rights groups and business leaders who say the law …" or "paid his respects for
 * history and Kishida, who represented Hiroshima" it takes a thing for the antecedent. Either way
 * nobody said what the clause reports. "who" stands for a person or a group of people, and English
 * puts it right after its antecedent (a comma or dash between); so when the noun written there is a
 * person's name or a noun for people, and the parser's antecedent is none, or no such word, that noun
 * becomes the antecedent, with the edges the enhanced++ graph gives a relative clause: the clause
 * hangs from it (acl:relcl), the pronoun refers to it (ref), and it is the clause's subject.
 */
final class RelativePronounRepair {
    /** How a clause the parser did not read as relative may hang; a root or a complement is left as it is. */
    private static final Set<String> LOOSE = Set.of("parataxis", "dep", "conj", "acl", "acl:relcl", "appos");

    private RelativePronounRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (int who = 1; who < tokens.size(); who++) {
            if (!tokens.get(who).word().equalsIgnoreCase("who")) continue;
            Optional<Integer> antecedent = writtenAntecedent(tokens, who);
            if (antecedent.isEmpty()) continue;
            result = reattach(tokens, result, who, antecedent.get());
        }
        return result;
    }

    /** The noun right before "who" (a comma or dash between), when it names a person or people. */
    private static Optional<Integer> writtenAntecedent(List<Token> tokens, int who) {
        int before = who - 1;
        if (before > 0 && isSetOff(tokens.get(before).word())) before--;
        Token noun = tokens.get(before);
        return isPersonal(noun) ? Optional.of(before) : Optional.empty();
    }

    /** A comma or a dash between a relative pronoun and its antecedent. */
    private static boolean isSetOff(String word) {
        return word.equals(",") || DashedAsideSubjectRepair.DASHES.contains(word);
    }

    private static boolean isPersonal(Token t) {
        if (t.pos().startsWith("NNP")) return t.isNer("PERSON");
        return t.pos().startsWith("NN") && AnimateNouns.shared().contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** A name that may speak as people do ("the Kremlin, who"): not a date, a number or a place. */
    private static boolean isBodyName(Token t) {
        return t.pos().startsWith("NNP") && (t.isNer("ORGANIZATION") || t.isNer("MISC") || t.isNer("O"));
    }

    private static List<Dependency> reattach(List<Token> tokens, List<Dependency> dependencies, int who, int antecedent) {
        Optional<Dependency> ref = dependencies.stream().filter(d -> d.dependent() == who && d.relation().equals("ref")).findFirst();
        Optional<Dependency> subject = dependencies.stream()
                .filter(d -> d.dependent() == who && d.relation().startsWith("nsubj")).findFirst();
        if (ref.isPresent()) {
            int parsed = ref.get().governor();
            // the parser's antecedent stands when it is the written one or can be meant too ("officials, …, who")
            if (parsed == antecedent || isPersonal(tokens.get(parsed)) || isBodyName(tokens.get(parsed))) {
                return dependencies;
            }
            Optional<Dependency> relcl = dependencies.stream()
                    .filter(d -> d.governor() == parsed && d.relation().equals("acl:relcl") && d.dependent() > who).findFirst();
            if (relcl.isEmpty()) return dependencies;
            int clause = relcl.get().dependent();
            String role = dependencies.stream()
                    .filter(d -> d.governor() == clause && d.dependent() == parsed && d.relation().startsWith("nsubj"))
                    .map(Dependency::relation).findFirst().orElse("nsubj");
            List<Dependency> result = new ArrayList<>();
            for (Dependency d : dependencies) {
                if (d.equals(ref.get()) || d.equals(relcl.get())
                        || d.governor() == clause && d.dependent() == parsed && d.relation().startsWith("nsubj")) continue;
                result.add(d);
            }
            addRelativeClause(result, antecedent, who, clause, role);
            return result;
        }
        if (subject.isEmpty()) return dependencies;
        int clause = subject.get().governor();
        Optional<Dependency> hang = dependencies.stream().filter(d -> d.dependent() == clause).findFirst();
        if (clause <= who || hang.isEmpty() || !LOOSE.contains(hang.get().relation())) return dependencies;
        List<Dependency> result = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.equals(subject.get()) || d.dependent() == clause && LOOSE.contains(d.relation())) continue;
            result.add(d);
        }
        addRelativeClause(result, antecedent, who, clause, subject.get().relation());
        return result;
    }

    private static void addRelativeClause(List<Dependency> result, int antecedent, int who, int clause, String role) {
        result.add(new Dependency(antecedent, clause, "acl:relcl"));
        result.add(new Dependency(antecedent, who, "ref"));
        result.add(new Dependency(clause, antecedent, role));
    }
}
