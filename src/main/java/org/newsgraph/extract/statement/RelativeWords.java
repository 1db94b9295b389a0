package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.nlp.Token;

/**
 * The words a cue inside a relative clause reports, and their text with the noun they are about:
 * "The changes, which officials said will go into effect in May, …" is the officials' "The changes
 * will go into effect in May".
 */
record RelativeWords(int[] bounds, String text) {
    /** Relative words a cue's subject may follow when the cue reports the rest of the relative clause. */
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "what", "who", "that");

    /**
     * "The changes, which officials said will go into effect in May, …", "displaying what analysts said
     * was a sign of …": a cue whose subject follows a relative word and which a verb follows reports the
     * rest of the relative clause, said of the noun the clause is about ("The changes will go into effect
     * in May"); the parser hangs such a clause in many ways, none of them on the cue.
     */
    static Optional<RelativeWords> of(ParsedSentence s, int cue, int subject) {
        int[] subjectPhrase = s.subtreeBounds(subject, 50);
        int relative = subjectPhrase[0] - 1;
        if (subject > cue || relative < 0 || cue + 1 >= s.size()) return Optional.empty();
        for (int i = subjectPhrase[1] + 1; i < cue; i++) {
            if (!s.token(i).pos().startsWith("RB") && !s.token(i).pos().matches("MD|VB.*")) return Optional.empty();
        }
        Token word = s.token(relative);
        if (!RELATIVE_WORDS.contains(word.word().toLowerCase(Locale.ROOT)) || !word.pos().matches("WDT|WP")) {
            return Optional.empty();
        }
        if (!s.token(cue + 1).pos().matches("MD|VB.*")) return Optional.empty();
        int end = relativeClauseEnd(s, cue + 1);
        if (end < 0 || !ReportedWords.hasFiniteVerbBetween(s, cue, end)) return Optional.empty();
        String rest = s.text(cue + 1, end);
        if (word.word().equalsIgnoreCase("what")) {
            // "in what analysts said was a sign of …", "praised what he said is …"; in "that what Biden said
            // doesn't count" the words are Biden's, what is said of them another's
            boolean taken = relative > 0 && (s.token(relative - 1).pos().startsWith("VB")
                    || s.token(relative - 1).pos().matches("IN|TO") && !SUBORDINATORS.contains(s.token(relative - 1).word().toLowerCase(Locale.ROOT)));
            if (!taken) return Optional.empty();
            return Optional.of(new RelativeWords(new int[] {relative, end}, word.word() + " " + rest));
        }
        // the noun the clause is about: the noun phrase the relative word follows (the parser's reference
        // often goes to another noun: "“… resilience” in Africa, which Sullivan said has been …")
        int to = relative - 1;
        while (to > 0 && s.token(to).word().equals(",")) to--;
        // "delayed until Tuesday, which SpaceX said is needed …" is said of the delay, not of the day
        if (to < 0 || !s.token(to).pos().startsWith("NN") || s.token(to).isNer("DATE") || s.token(to).isNer("TIME") || s.token(to).isNer("DURATION")) {
            return Optional.empty();
        }
        int from = to;
        while (from > 0 && PartOfSpeech.isNounPhraseWord(s.token(from - 1))) from--;
        return Optional.of(new RelativeWords(new int[] {from, end}, s.text(from, to) + " " + rest));
    }

    /**
     * The last word of a relative clause whose verb starts at {@code from}: before a comma, a colon or
     * a dash, or before the finite verb of the sentence the clause sits in ("A school that officials say
     * was damaged by shelling is seen …", "praised what he said is … and said he agreed"); -1 where
     * the clause holds a quotation, which quotes are attributed by.
     */
    private static int relativeClauseEnd(ParsedSentence s, int from) {
        boolean verbs = true;
        boolean subordinate = false;
        int end = from;
        for (int i = from; i < s.size(); i++) {
            Token t = s.token(i);
            if (ArticleQuotes.isQuoteMark(t)) return -1;
            String w = t.word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—") || w.equals("–")
                    || t.pos().equals(".")) {
                break;
            }
            // "damaged by shelling is seen": a gerund after a preposition is a noun
            boolean verb = t.pos().matches("MD|VB[DNPZ]?");
            if (verb && !verbs && !subordinate && t.isFiniteVerb()) break;
            verbs = verb;
            subordinate |= t.pos().matches("WDT|WP|WRB") || t.pos().equals("IN") && SUBORDINATORS.contains(w.toLowerCase(Locale.ROOT));
            end = i;
        }
        while (end > from && (s.token(end).pos().matches("CC|RB") || s.token(end).isPunctuation())) end--;
        return end;
    }

    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "if", "while", "although", "though",
            "since", "as", "before", "after", "until", "unless", "whether");
}
