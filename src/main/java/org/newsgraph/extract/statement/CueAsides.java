package org.newsgraph.extract.statement;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A cue set off by commas in the middle of the words it reports ("The economy is growing, officials
 * said, and inflation is slowing"): where its aside closes, what may stand in it, and whether the
 * words go on after it.
 */
final class CueAsides {
    private CueAsides() {
    }

    /**
     * Whether the words go on after the comma that closes a cue's aside: not with a participle ("…, the
     * president said, adding that …"), the speaker's act; a clause, subordinate or not, is the words'
     * ("…, experts say, because of the damage …", "…, Ms. Ripert said, when she was earning …").
     */
    static boolean wordsGoOnAfter(ParsedSentence s, int comma) {
        int next = comma + 1;
        if (next >= s.size() || s.token(next).pos().matches("VBG|VBN|TO")) return false;
        return ReportedWords.hasFiniteVerbBetween(s, comma, s.size() - 1);
    }

    /** What may follow a cue inside its aside: when, where and how it was said, and to whom ("told CNN on Monday"). */
    private static final Set<String> AFTER_CUE = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "iobj", "punct", "nmod:tmod");
    /** What may precede a cue inside its aside: who said it ("officials have also said"). */
    static final Set<String> BEFORE_CUE = Set.of("nsubj", "advmod", "aux", "punct");

    /**
     * Whether the token lies under a dependent of the cue of one of the relations ("obl" stands for
     * every "obl:…"), or is an addressee named as the cue's object ("told CNN").
     */
    static boolean isCueDependent(ParsedSentence s, int cue, int token, Set<String> relations) {
        for (Dependency d : s.children(cue)) {
            int[] b = s.subtreeBounds(d.dependent(), 50);
            if (token < b[0] || token > b[1]) continue;
            String rel = d.relation();
            boolean addressee = rel.equals("obj") && s.token(d.dependent()).pos().matches("NNP.*|PRP");
            if (addressee || relations.contains(rel) || rel.startsWith("obl:") && relations.contains("obl")) return true;
        }
        return false;
    }

    /**
     * "The economy is growing, officials said, and inflation is slowing": a cue set off by commas in
     * the middle of the words it reports says nothing of its own after it (an adjunct such as "on
     * Monday" or "in a statement" at most); the comma that closes its aside, whatever follows it
     * ({@link #wordsGoOnAfter} tells whether the words go on there).
     */
    static Optional<Integer> closedAfter(ParsedSentence s, int cue) {
        for (int i = cue + 1; i < s.size(); i++) {
            Token t = s.token(i);
            // "briefly mentioned the anniversary, but …", "says its gas, which …": an object is words of the cue's own
            if (!t.word().equals(",") && !isCueDependent(s, cue, i, AFTER_CUE)) return Optional.empty();
            if (t.word().equals(",")) {
                // "I ask you all, without regard to party, to join together": the cue's own words come after
                final int comma = i;
                boolean ownWordsAfter = s.children(cue).stream().anyMatch(d -> d.dependent() > comma
                        && (d.relation().equals("ccomp") || d.relation().equals("xcomp") || d.relation().equals("obj")));
                return i + 1 < s.size() && !ownWordsAfter ? Optional.of(i) : Optional.empty();
            }
            boolean ownWords = t.pos().startsWith("VB") || t.pos().equals(":") || t.word().equals(";")
                    || t.word().equalsIgnoreCase("that") || ArticleQuotes.isQuoteMark(t);
            if (ownWords) return Optional.empty();
        }
        return Optional.empty();
    }
}
