package org.newsgraph.nlp.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnimateNouns;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What the attribution-cue model sees of a verb in its parsed sentence: the verb itself, how it
 * hangs in the sentence, what hangs from it, and what kind of thing its subject is. A lemma alone
 * cannot tell "she said that …" from "that said, …" or "he found that …" from "he found the keys";
 * the parse around it can, and it generalises to reporting verbs the training texts use once.
 *
 * <p>Features are strings (a sparse binary vector); the same function serves training and
 * extraction, so the model sees at run time exactly what it was trained on.
 */
public final class CueFeatures {
    static final String BIAS = "bias";
    /** Relations whose presence under the verb says how it takes its words. */
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("ccomp", "xcomp", "obj", "iobj", "parataxis",
            "csubj", "advcl");

    private CueFeatures() {
    }

    /** Whether the model judges this token at all: a verb (the model's candidates). */
    public static boolean isCandidate(Sentence sentence, int i) {
        return sentence.tokens().get(i).pos().startsWith("VB");
    }

    /** The features of token {@code i}, a verb of {@code sentence}. */
    public static List<String> of(Sentence sentence, int i) {
        Set<String> f = new LinkedHashSet<>();
        Token verb = sentence.tokens().get(i);
        String lemma = lower(verb.lemma());
        f.add(BIAS);
        f.add("lemma=" + lemma);
        f.add("pos=" + verb.pos());
        String incoming = "root";
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() == i && d.governor() >= 0) {
                incoming = basic(d.relation());
                break;
            }
        }
        f.add("in=" + incoming);
        Set<String> complements = new LinkedHashSet<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() != i) continue;
            String relation = d.relation();
            String basic = basic(relation);
            f.add("child=" + (basic.equals("obl") || basic.equals("mark") || basic.equals("aux") ? relation(sentence, d) : basic));
            if (COMPLEMENT_RELATIONS.contains(basic)) {
                complements.add(basic);
                f.add("child=" + basic + "/" + sentence.tokens().get(d.dependent()).pos());
                if (basic.equals("ccomp")) f.add("ccomp=" + clauseOpening(sentence, i, d.dependent()));
            }
            if (basic.equals("nsubj") || basic.equals("csubj")) f.add("subject=" + subjectKind(sentence, d.dependent(), relation));
            if (basic.equals("aux") && sentence.tokens().get(d.dependent()).pos().equals("MD")) f.add("modal");
            if (basic.equals("advmod") && isNegation(sentence.tokens().get(d.dependent()))) f.add("negated");
        }
        if (complements.isEmpty()) complements.add("none");
        for (String complement : complements) f.add("lemma+complement=" + lemma + "/" + complement);
        f.add("complements=" + String.join("+", complements));
        if (incoming.equals("parataxis") || incoming.equals("ccomp")) f.add("lemma+in=" + lemma + "/" + incoming);
        addPosition(sentence, i, f);
        return new ArrayList<>(f);
    }

    /** Where the verb stands: after a comma or closing quote ("…,” he said), at the sentence's end. */
    private static void addPosition(Sentence sentence, int i, Set<String> f) {
        List<Token> tokens = sentence.tokens();
        int quotes = 0;
        for (int t = 0; t < i; t++) {
            if (isQuote(tokens.get(t).word())) quotes++;
        }
        if (quotes > 0) f.add(quotes % 2 == 0 ? "after-quote" : "inside-quote");
        for (int t = i - 1; t >= 0 && t >= i - 3; t--) {
            String w = tokens.get(t).word();
            if (w.equals(",") || isQuote(w)) {
                f.add("comma-before");
                break;
            }
        }
        int last = tokens.size() - 1;
        while (last > i && tokens.get(last).isPunctuation()) last--;
        if (last - i <= 2) f.add("near-end");
    }

    private static String relation(Sentence sentence, Dependency d) {
        String relation = d.relation();
        if (relation.startsWith("mark") || relation.startsWith("aux")) {
            return basic(relation) + ":" + lower(sentence.tokens().get(d.dependent()).lemma());
        }
        return relation;
    }

    /**
     * How a clausal complement opens: "that" (said that …), a wh-word (asked whether …, fired what
     * is believed to be …: a question or a thing, seldom words), or bare (said it would …). Its
     * opening is the first word of its subtree after the verb that takes it.
     */
    private static String clauseOpening(Sentence sentence, int verb, int clause) {
        int first = clause;
        Deque<Integer> pending = new ArrayDeque<>(List.of(clause));
        Set<Integer> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            int head = pending.pop();
            first = Math.min(first, head);
            for (Dependency d : sentence.dependencies()) {
                if (d.governor() == head && d.dependent() > verb && seen.add(d.dependent())) pending.push(d.dependent());
            }
        }
        Token opening = sentence.tokens().get(first);
        String word = lower(opening.word());
        if (word.equals("that")) return "that";
        if (opening.pos().startsWith("W") || word.equals("whether") || word.equals("if")) return "wh";
        return "bare";
    }

    /** A person's name, an organization, a pronoun, a noun for people, another noun. */
    static String subjectKind(Sentence sentence, int subject, String relation) {
        Token t = sentence.tokens().get(subject);
        String passive = relation.endsWith(":pass") ? "passive-" : "";
        if (t.pos().equals("PRP")) return passive + "pronoun-" + (t.word().equalsIgnoreCase("it") ? "it" : "person");
        if (!t.ner().equals("O") && !t.ner().isEmpty()) return passive + "ner-" + t.ner();
        if (t.pos().startsWith("NNP")) return passive + "proper";
        if (t.pos().startsWith("NN")) {
            return passive + (AnimateNouns.shared().contains(lower(t.lemma())) ? "animate-noun" : "noun");
        }
        return passive + "other";
    }

    private static boolean isNegation(Token t) {
        String w = lower(t.word());
        return w.equals("not") || w.equals("n't") || w.equals("never");
    }

    private static boolean isQuote(String word) {
        return word.equals("“") || word.equals("”") || word.equals("\"") || word.equals("``") || word.equals("''");
    }

    private static String basic(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
