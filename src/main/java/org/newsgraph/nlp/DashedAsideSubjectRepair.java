package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs the subject of a verb that follows an aside set off by dashes: in "the 5-Star movement –
 * the largest party in the coalition – withdrew its support" or "Ukraine's military – outgunned but
 * determined – pushed back" the parser often loses the subject across the aside and leaves the verb
 * without one, so nobody withdrew or pushed back. A finite clause needs a subject, and English puts it
 * before the aside: the noun phrase that ends at the first dash (its head, above any "of" or
 * relative part: "the ruling from the judges – … – is" is the ruling's) becomes the subject of the
 * verb the second dash is followed by, passive where the verb is.
 */
final class DashedAsideSubjectRepair {
    /** The dashes that set off an aside, as the tokenizer writes them (RelativePronounRepair reads them too). */
    static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
    /** The longest aside read, in tokens: a longer stretch between dashes is no aside. */
    private static final int MAX_ASIDE = 30;

    private DashedAsideSubjectRepair() {
    }

    static List<Dependency> repair(List<Token> tokens, List<Dependency> dependencies) {
        List<Dependency> result = dependencies;
        for (int close = 2; close + 1 < tokens.size(); close++) {
            if (!DASHES.contains(tokens.get(close).word()) || !FINITE.contains(tokens.get(close + 1).pos())) continue;
            Optional<Integer> open = openingDash(tokens, close);
            if (open.isEmpty() || open.get() == 0) continue;
            int predicate = predicateOf(result, close + 1);
            if (hasSubject(result, predicate)) continue;
            Optional<Integer> subject = phraseHead(tokens, result, open.get() - 1);
            if (subject.isEmpty()) continue;
            boolean passive = result.stream().anyMatch(d -> d.governor() == predicate && d.relation().equals("aux:pass"));
            List<Dependency> repaired = new ArrayList<>(result);
            repaired.add(new Dependency(predicate, subject.get(), passive ? "nsubj:pass" : "nsubj"));
            result = repaired;
        }
        return result;
    }

    /** The dash opening the aside that {@code close} ends: the nearest one before, with no sentence break between. */
    private static Optional<Integer> openingDash(List<Token> tokens, int close) {
        for (int i = close - 2; i >= 0 && close - i <= MAX_ASIDE; i--) {
            String word = tokens.get(i).word();
            if (DASHES.contains(word)) return Optional.of(i);
            if (word.equals(";") || word.equals(":")) return Optional.empty();
        }
        return Optional.empty();
    }

    /** The verb or predicate an auxiliary or copula right after the dash belongs to, else the word itself. */
    private static int predicateOf(List<Dependency> dependencies, int word) {
        return dependencies.stream().filter(d -> d.dependent() == word && AUXILIARIES.contains(d.relation()))
                .map(Dependency::governor).findFirst().orElse(word);
    }

    private static boolean hasSubject(List<Dependency> dependencies, int predicate) {
        return dependencies.stream().anyMatch(d -> d.governor() == predicate
                && (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj") || d.relation().equals("expl")));
    }

    /**
     * The head of the noun phrase whose last word is {@code last}: up through "of"-like modifiers and
     * through the object of a clause that modifies a noun ("the decision to shoot down the balloon").
     */
    private static Optional<Integer> phraseHead(List<Token> tokens, List<Dependency> dependencies, int last) {
        if (!isNominal(tokens.get(last))) return Optional.empty();
        int head = last;
        for (int step = 0; step < tokens.size(); step++) {
            int current = head;
            Optional<Dependency> up = dependencies.stream().filter(d -> d.dependent() == current && d.governor() >= 0)
                    .filter(d -> d.relation().startsWith("nmod") || d.relation().equals("compound")
                            || d.relation().equals("obj") || d.relation().startsWith("acl"))
                    .findFirst();
            if (up.isEmpty()) break;
            int governor = up.get().governor();
            String relation = up.get().relation();
            if (isNominal(tokens.get(governor)) && governor < current && !relation.equals("obj")) {
                head = governor;
            } else if (relation.equals("obj") && tokens.get(governor).pos().startsWith("VB") && governor < current
                    && modifiesNoun(dependencies, governor)) {
                head = governor;
            } else {
                break;
            }
        }
        return isNominal(tokens.get(head)) ? Optional.of(head) : Optional.empty();
    }

    private static boolean modifiesNoun(List<Dependency> dependencies, int verb) {
        return dependencies.stream().anyMatch(d -> d.dependent() == verb && d.relation().startsWith("acl"));
    }

    private static boolean isNominal(Token t) {
        return t.pos().startsWith("NN") || t.pos().equals("PRP");
    }
}
