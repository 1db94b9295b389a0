package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Navigation over one sentence's dependency graph, for the extractors' rules. */
public final class ParsedSentence {
    private final Sentence sentence;
    private final String text;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    public ParsedSentence(Sentence sentence, String articleText) {
        this.sentence = sentence;
        this.text = articleText;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            parents.get(d.dependent()).add(d);
            if (d.governor() >= 0) children.get(d.governor()).add(d);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    public List<Dependency> children(int i) {
        return children.get(i);
    }

    public List<Dependency> parents(int i) {
        return parents.get(i);
    }

    /** Children whose relation is {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> result = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            if (matches(d.relation(), relation)) result.add(d.dependent());
        }
        return result;
    }

    /**
     * The words that may name the bearer of a noun: its appositions ("a spokesman, Li Wei"), and, for a
     * common noun, a proper noun after it that the parser hung from it as an unlabelled dependent ("the
     * opposition leader Alexei Navalny", "his guest Jason Whitlock").
     */
    public List<Integer> namesBeside(int noun) {
        List<Integer> names = new ArrayList<>(children(noun, "appos"));
        Token head = token(noun);
        if (head.pos().startsWith("NN") && !head.pos().startsWith("NNP")) {
            for (int d : children(noun, "dep")) {
                if (d > noun && token(d).pos().startsWith("NNP")) names.add(d);
            }
        }
        return names;
    }

    /** Whether a child of that relation is the word, in any case: "the" as the determiner of "the president". */
    public boolean hasChildWord(int i, String relation, String word) {
        return children(i, relation).stream().anyMatch(d -> token(d).word().equalsIgnoreCase(word));
    }

    /** Whether the verb is an infinitive with "to" ("to resign"). */
    public boolean isToInfinitive(int verb) {
        return hasChildWord(verb, "mark", "to");
    }

    public Optional<Dependency> parent(int i) {
        List<Dependency> ps = parents.get(i);
        // The basic tree edge comes first in enhanced++ output only by convention; prefer a non-"ref" edge.
        for (Dependency d : ps) {
            if (!d.relation().equals("ref")) return Optional.of(d);
        }
        return ps.isEmpty() ? Optional.empty() : Optional.of(ps.get(0));
    }

    public static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }

    /** The index of the sentence's last token before its closing punctuation. */
    public int lastWord() {
        int last = size() - 1;
        while (last > 0 && token(last).isPunctuation()) last--;
        return last;
    }

    /** Text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    public String text(int from, int to) {
        return text.substring(token(from).begin(), token(to).end());
    }

    public Span span(int from, int to) {
        return new Span(token(from).begin(), token(to).end());
    }

    /** The index of the token covering a character offset of the article, or -1 if none does. */
    public int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            if (token(i).begin() <= offset && offset < token(i).end()) return i;
        }
        return -1;
    }

    /**
     * The syntactic head of tokens {@code first..last}: the last of them whose parent lies outside
     * ("Ministry" of "Ministry of Defense", where the possessive "Russia's" hangs from it).
     */
    public int headOf(int first, int last) {
        for (int i = last; i >= first; i--) {
            Optional<Dependency> up = parent(i);
            if (up.isEmpty() || up.get().governor() < first || up.get().governor() > last) return i;
        }
        return last;
    }

    /** The first and last token index of the subtree under {@code head}, following basic relations. */
    public int[] subtreeBounds(int head, int maxDepth) {
        int[] bounds = {head, head};
        collect(head, bounds, maxDepth, new boolean[size()]);
        return bounds;
    }

    /**
     * The span of the noun phrase headed by {@code head} without the clauses hanging from it:
     * "the senator" of "the senator, who was speaking in Ohio,", "Ana Lopez" of "Ana Lopez and
     * her aides", "two officials" of "according to two officials". A phrase that names someone ends where its description of them ends.
     */
    public Span nounPhrase(int head) {
        int[] bounds = {head, head};
        for (Dependency d : children.get(head)) {
            String r = d.relation();
            if (matches(r, "acl") || matches(r, "conj") || matches(r, "parataxis") || r.equals("punct") || r.equals("case")
                    || r.equals("cc") || r.equals("dep") || r.equals("ref") || r.endsWith(":xsubj")) {
                continue;
            }
            int[] child = subtreeBounds(d.dependent(), 20);
            bounds[0] = Math.min(bounds[0], child[0]);
            bounds[1] = Math.max(bounds[1], child[1]);
        }
        return span(bounds[0], bounds[1]);
    }

    private void collect(int node, int[] bounds, int depth, boolean[] seen) {
        if (seen[node] || depth < 0) return;
        seen[node] = true;
        bounds[0] = Math.min(bounds[0], node);
        bounds[1] = Math.max(bounds[1], node);
        for (Dependency d : children.get(node)) {
            // xsubj edges (enhanced++) point back to a controlling subject outside the phrase.
            if (d.relation().equals("ref") || d.relation().startsWith("conj") || d.relation().equals("punct")
                    || d.relation().equals("cc") || d.relation().endsWith(":xsubj")) {
                continue;
            }
            collect(d.dependent(), bounds, depth - 1, seen);
        }
    }

    public static boolean isCapitalized(Token token) {
        String w = token.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /**
     * Capitalised as a name is, not only because it opens the sentence: a common noun the tagger and
     * the recogniser leave as such is no name in first position ("Opposition lawmakers said …" names
     * no "Opposition Party"). Adjectives keep their capital there, as "Democratic" and "Conservative"
     * name parties wherever they stand.
     */
    public boolean isCapitalizedAsName(int index) {
        Token t = token(index);
        if (!isCapitalized(t)) return false;
        boolean opening = index == 0 || index == 1 && !Character.isLetterOrDigit(token(0).word().codePointAt(0));
        return !(opening && (t.pos().equals("NN") || t.pos().equals("NNS")) && "O".equals(t.ner()));
    }

    /** A capitalised proper noun the named-entity recogniser left untagged. */
    public static boolean isUntaggedProperNoun(Token token) {
        return token.pos().startsWith("NNP") && "O".equals(token.ner()) && isCapitalized(token);
    }
}
