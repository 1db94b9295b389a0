package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Reported clauses and speakers that the parser lost in long or unusual sentences, read back from the
 * words' order and what is left of the parse: a clause verb hung under the cue's object, a "that" clause
 * read as a relative of the listener, a speaker after a trailing cue taken for its object, a name opening
 * the sentence whose apposition hid the cue's subject, a clause written right after a cue that no parse
 * path gave it. {@link ReportedWords} asks it where its own paths find nothing.
 */
final class LostClauses {
    /** At most so many words of a title before a name: "Florida delegate", "former Deputy Prime Minister". */
    private static final int MAX_TITLE_WORDS = 4;
    /** Words that open a clause inside another: its finite verb is not the reported clause's. */
    private static final Set<String> SUBORDINATORS = Set.of("if", "as", "because", "after", "before", "since", "while",
            "although", "though", "unless", "until", "when", "whether", "once", "that", "which", "who", "whom",
            "whose", "where", "how", "what", "why");
    /** Verbs whose object is whom they address: "…, Jake Sullivan, told reporters." names no speaker after the verb. */
    private static final Set<String> ADDRESSING = Set.of("tell", "ask", "inform", "assure", "reassure", "remind",
            "urge", "brief", "notify", "advise", "warn");
    /** Verbs of addressing that also stand before their speaker in inverted speech ("“…?” asked Smith", "“…,” warned Lopez"). */
    private static final Set<String> INVERTIBLE = Set.of("ask", "urge", "advise", "warn");
    private final ReportingCues cues;
    private final SpeakerSubjects speakerSubjects;

    LostClauses(ReportingCues cues, SpeakerSubjects speakerSubjects) {
        this.cues = cues;
        this.speakerSubjects = speakerSubjects;
    }

    /**
     * "said the average rent was $1,200", "said the figures she saw were worse": the parser hung the
     * reported clause's verb under the cue's object (as acl or dep, or inside a relative clause whose
     * predicate it took), so the cue seems to say a noun. A finite verb in the object's phrase with no
     * subject of its own before it shows the phrase is a clause, and the whole phrase is what was said.
     * An object that can be a listener ("told reporters the …") is no part of the words.
     */
    Optional<int[]> clauseHungFromObject(ParsedSentence s, int cue) {
        if (!cues.isSpeechVerb(s.token(cue).lemma())) return Optional.empty();
        Optional<Integer> object = s.children(cue, "obj").stream().filter(o -> o > cue).findFirst();
        if (object.isEmpty() || mayBeListener(s, object.get())) return Optional.empty();
        int[] bounds = s.subtreeBounds(object.get(), 50);
        for (int i = object.get() + 1; i <= bounds[1]; i++) {
            if (finiteWithoutSubjectBefore(s, i)) {
                int to = bounds[1];
                while (to > bounds[0] && (s.token(to).pos().equals(".") || s.token(to).pos().equals(","))) to--;
                return Optional.of(new int[] {bounds[0], to});
            }
        }
        return Optional.empty();
    }

    /**
     * "said the budget figures she received were worse": the parser took the reported clause's
     * subject for the cue's object and a relative clause of it for the words; an object that ends
     * right where the clause begins, and cannot be a listener, begins the words.
     */
    int objectHungBeforeClause(ParsedSentence s, int cue, int head, int from) {
        if (!cues.isSpeechVerb(s.token(cue).lemma())) return from;
        for (int object : s.children(cue, "obj")) {
            int[] phrase = s.subtreeBounds(object, 50);
            if (object > cue && phrase[1] + 1 == from && !mayBeListener(s, object)
                    && s.children(head, "nsubj").stream().allMatch(n -> n > phrase[1])) {
                return phrase[0];
            }
        }
        return from;
    }

    /** Whether a name right after the verb is always the one addressed ("told Reuters", "briefed reporters"), never its speaker. */
    static boolean namesOnlyItsListenerAfter(String lemma) {
        String verb = lemma.toLowerCase(Locale.ROOT);
        return ADDRESSING.contains(verb) && !INVERTIBLE.contains(verb);
    }

    /**
     * "Kim warned adversaries his nuclear forces are fully prepared for war": the parser may hang the
     * listener of a verb that addresses someone inside the clause that follows it, as a loose dependent
     * before the clause's subject; the words begin after it.
     */
    int listenerHungInClause(ParsedSentence s, int cue, int head, int from) {
        if (!ADDRESSING.contains(s.token(cue).lemma().toLowerCase(Locale.ROOT)) || from != cue + 1) return from;
        for (int loose : s.children(head, "dep")) {
            int[] phrase = s.subtreeBounds(loose, 50);
            boolean subjectAfter = s.children(head).stream().anyMatch(d -> d.relation().startsWith("nsubj") && d.dependent() > phrase[1]);
            boolean noun = s.token(loose).pos().startsWith("NN") || s.token(loose).pos().equals("PRP");
            if (phrase[0] == from && loose < head && subjectAfter && noun) return phrase[1] + 1;
        }
        return from;
    }

    /**
     * "Paul Porter, a truck driver from Ava, Mo., who is a member of the union, said he already …":
     * a long apposition with a relative clause makes the parser lose the cue's subject and hang the
     * cue inside the words. A sentence that opens with a name (after its title at most) set off by a comma, and a finite verb of
     * saying right after a comma with a clause after it, is that name's report of the clause.
     * Returns the name's last token.
     */
    Optional<Integer> nameOpeningTheSentence(ParsedSentence s, int cue) {
        if (cue < 3 || !s.token(cue - 1).word().equals(",") || !ReportingCues.isFiniteCue(s, cue)
                || !cues.isSpeechVerb(s.token(cue).lemma())) {
            return Optional.empty();
        }
        int start = 0;
        // "Still, Tad Devine, …", "But Ana Lopez, …"
        while (start < 2 && (s.token(start).pos().equals("RB") || s.token(start).pos().equals("CC")
                || s.token(start).word().equals(","))) start++;
        // "Florida delegate John Archer, wearing …, said …": the name's title before it
        int title = start;
        while (title < start + MAX_TITLE_WORDS && title < cue && !s.token(title).isNer("PERSON")
                && PartOfSpeech.isNounPhraseWord(s.token(title))) title++;
        if (title > start && s.token(title).isNer("PERSON")) start = title;
        String ner = s.token(start).ner();
        if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) return Optional.empty();
        int last = start;
        while (last + 1 < cue && s.token(last + 1).ner().equals(ner)) last++;
        if (last + 1 >= cue - 1 || !s.token(last + 1).word().equals(",")) return Optional.empty();
        return Optional.of(last);
    }

    /** The clause after a cue to the sentence's end, without "that" and the final punctuation; empty when no clause. */
    Optional<int[]> clauseToTheEnd(ParsedSentence s, int cue) {
        int from = cue + 1;
        if (from < s.size() && s.token(from).word().equalsIgnoreCase("that")) from++;
        int to = s.size() - 1;
        while (to > from && s.token(to).isPunctuation()) to--;
        // a clause opens with its subject: a pronoun, a noun phrase or a gerund ("said ending the fund-raising could …")
        if (to - from < 2 || !s.token(from).pos().matches("PRP\\$?|DT|NNS?|NNPS?|EX|CD|JJ|VBG")) return Optional.empty();
        for (int i = from + 1; i <= to; i++) {
            if (s.token(i).isFiniteVerb()) return Optional.of(new int[] {from, to});
        }
        return Optional.empty();
    }

    /**
     * "White House and Pentagon spokesmen said the broad ban on spending … prevented the Defense
     * Department from …", "Goff said succeeding in 2016 is far more challenging": where no parse path
     * gives a finite verb of saying its words (the parser hung the clause's subject as the verb's
     * object and its verb elsewhere, or the gerund subject as xcomp), a clause written right after it
     * to the sentence's end is what was said. Not after verbs that address someone ("told reporters …").
     */
    Optional<int[]> clauseAfterFiniteCue(ParsedSentence s, int cue) {
        String lemma = s.token(cue).lemma().toLowerCase(Locale.ROOT);
        // verbs that report clauses rather than things: "announced his bid in November, …" names a thing
        if (!ReportingCues.isFiniteCue(s, cue) || !ReportingCues.asserts(lemma) || ADDRESSING.contains(lemma)) return Optional.empty();
        return ownClauseToTheEnd(s, cue);
    }

    /**
     * {@link #clauseToTheEnd} where the first finite verb is the clause's own: "threatened a response if
     * South Korea sends arms" and "predicted a close race in a district that became …" name a thing,
     * whose verb is in a clause of its own; a verb right after "and" or a comma goes on from the cue
     * ("noted his risk factors and prescribed …", "wrote the song at a single sitting, said The New York Times").
     */
    Optional<int[]> ownClauseToTheEnd(ParsedSentence s, int cue) {
        Optional<int[]> clause = clauseToTheEnd(s, cue);
        if (clause.isEmpty()) return clause;
        int i = clause.get()[0];
        for (; i <= clause.get()[1] && !s.token(i).isFiniteVerb(); i++) {
            if (SUBORDINATORS.contains(s.token(i).word().toLowerCase(Locale.ROOT))) return Optional.empty();
        }
        String before = s.token(i - 1).pos();
        return before.equals("CC") || before.equals(",") ? Optional.empty() : clause;
    }

    /**
     * "Putin had reassured soldiers' mothers and wives that Russian conscripts are not taking part
     * …": after the listener of a verb that addresses someone, the parser may read "that" as a
     * relative pronoun; a "relative clause" with a subject of its own is the clause said.
     */
    Optional<int[]> clauseTakenForRelative(ParsedSentence s, int cue) {
        if (!ADDRESSING.contains(s.token(cue).lemma().toLowerCase(Locale.ROOT)) || !s.children(cue, "ccomp").isEmpty()) {
            return Optional.empty();
        }
        for (int listener : s.children(cue, "obj")) {
            int that = s.children(listener, "ref").stream().filter(r -> s.token(r).word().equalsIgnoreCase("that"))
                    .findFirst().orElse(-1);
            if (that < listener) continue;
            for (int clause : s.children(listener, "acl:relcl")) {
                boolean ownSubject = s.children(clause, "nsubj").stream().anyMatch(n -> n > that && n != listener);
                if (ownSubject && clause > that) {
                    int to = s.subtreeBounds(clause, 50)[1];
                    while (to > that && s.token(to).isPunctuation()) to--;
                    return Optional.of(new int[] {that + 1, to});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "…, said David Autor, a professor of economics at M.I.T., who is …", "…, said the company's
     * chief executive, John J. Ferriola.": a trailing cue followed by its speaker, taken by the
     * parser for its object, and nothing after the speaker's phrase but the sentence's end.
     */
    Optional<Integer> speakerAfterTrailingCue(ParsedSentence s, int cue) {
        String lemma = s.token(cue).lemma().toLowerCase(Locale.ROOT);
        if (cue == 0 || !s.token(cue - 1).word().equals(",") || !cues.isSpeechVerb(lemma) || ADDRESSING.contains(lemma)) {
            return Optional.empty();
        }
        for (int object : s.children(cue, "obj")) {
            int[] phrase = s.subtreeBounds(object, 50);
            Token t = s.token(object);
            boolean named = t.isNer("PERSON") || t.isNer("ORGANIZATION") || speakerSubjects.canSpeak(s, object);
            int end = s.size() - 1;
            while (end > phrase[1] && s.token(end).isPunctuation()) end--;
            if (object > cue && phrase[0] == cue + 1 && named && end <= phrase[1]) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    /** A finite verb or copula that has no subject before it: the verb of a clause whose subject the parser lost. */
    private boolean finiteWithoutSubjectBefore(ParsedSentence s, int i) {
        if (!s.token(i).isFiniteVerb()) return false;
        int predicate = s.parent(i).filter(d -> d.relation().equals("cop") || d.relation().equals("aux"))
                .map(Dependency::governor).orElse(i);
        return s.children(predicate).stream()
                .noneMatch(d -> d.relation().startsWith("nsubj") && d.dependent() < i)
                && s.children(predicate, "mark").isEmpty();
    }

    /** A name, a pronoun or a kind of person: what "told" or "assured" can take as whom it was said to. */
    private boolean mayBeListener(ParsedSentence s, int object) {
        Token t = s.token(object);
        return t.pos().startsWith("NNP") || t.pos().startsWith("PRP") || t.isNer("PERSON") || t.isNer("ORGANIZATION")
                || speakerSubjects.canSpeak(s, object);
    }
}
