package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Where the words a cue reports are in a parsed sentence: its clausal complement, the infinitive of
 * an intent verb, the object of a judgement, and the repairs for the ways the parser hangs reported
 * speech wrongly (a reported subject taken for the cue's object, a clause hung before "…, X said", a
 * cue set off by commas inside the words, a passive with its agent). One per article: it knows the
 * article's quotations.
 */
final class ReportedWords {
    /** What opens a clause that qualifies the words said ("said if elected she would …", "said while …"). */
    private static final Set<String> CLAUSE_CONDITIONS = Set.of("if", "unless", "when", "while",
            "once", "although", "though");
    /** An object phrase shorter than this ("the comments") names a topic, not what was said. */
    static final int MIN_OBJECT_CONTENT_WORDS = 5;
    /** Cues whose passive subject is the accused, not what was said: "was accused by X of …". */
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "suspect");

    private final ReportingCues cues;
    private final SpeakerSubjects speakerSubjects;
    private final ArticleQuotes quotes;
    private final LostClauses lost;

    ReportedWords(ReportingCues cues, SpeakerSubjects speakerSubjects, ArticleQuotes quotes) {
        this.cues = cues;
        this.speakerSubjects = speakerSubjects;
        this.quotes = quotes;
        this.lost = new LostClauses(cues, speakerSubjects);
    }

    /** Where the parser lost a clause or a speaker that the paths here do not find. */
    LostClauses lost() {
        return lost;
    }

    /** A verb of the cue lists, outside quotation marks. */
    boolean isCue(ParsedSentence s, int i) {
        Token t = s.token(i);
        return t.pos().startsWith("VB") && !AccordingTo.isCue(s, i) && cues.isCue(s, i) && !quotes.insideQuote(t.begin());
    }

    /**
     * What a passive cue with an agent reports: what the subject is accused of, the subject with its
     * judgement, or a subject long enough to be words; empty when the cue reports nothing of these.
     */
    Optional<int[]> passiveWords(ParsedSentence s, int cue, int patient, int agent) {
        if (ACCUSING.contains(s.token(cue).lemma())) {
            for (int i = cue + 1; i < s.size(); i++) {
                if (!s.token(i).word().equalsIgnoreCase("of")) continue;
                Optional<Dependency> up = s.parent(i);
                return up.isPresent() && up.get().governor() > i
                        ? Optional.of(complementBounds(s, up.get().governor())) : Optional.empty();
            }
            return Optional.empty();
        }
        int[] subject = s.subtreeBounds(patient, 50);
        int to = subject[1];
        if (cues.reportsJudgement(s.token(cue).lemma())) {
            // "were branded “pathetic” by …": the judgement between the cue and its agent
            for (Dependency d : s.children(cue)) {
                if ((d.relation().equals("obj") || d.relation().equals("xcomp")) && d.dependent() > cue && d.dependent() < agent) {
                    to = Math.max(to, toEndOfQuoteOpenedIn(s, d.dependent(), d.dependent()));
                }
            }
            return Optional.of(new int[] {subject[0], to});
        }
        // "The report was written by two strategists" says nothing; a long subject is words reported
        return phraseLength(s, patient) >= MIN_OBJECT_CONTENT_WORDS ? Optional.of(new int[] {subject[0], to}) : Optional.empty();
    }

    /**
     * "This meeting, Nour said, would be aimed at …": a cue set off by commas inside the words
     * it reports is left out of them.
     */
    Optional<String> withoutAside(ParsedSentence s, int cue, int[] bounds) {
        if (cue <= bounds[0] || cue >= bounds[1]) return Optional.empty();
        int before = cue;
        while (before > bounds[0] && !s.token(before).word().equals(",")) before--;
        int after = cue;
        while (after < bounds[1] && !s.token(after).word().equals(",")) after++;
        if (before <= bounds[0] || after >= bounds[1] || !s.token(after).word().equals(",")) return Optional.empty();
        final int from = before;
        final int to = after;
        // the aside names its speaker ("Nour said"); a participle ("…, instead asking …,") is no aside
        if (s.children(cue, "nsubj").stream().noneMatch(n -> n > from && n < to)) return Optional.empty();
        return Optional.of(s.text(bounds[0], before - 1) + " " + s.text(after + 1, bounds[1]));
    }

    /**
     * "A CNN poll showed Trump leading the field", "the video shows soldiers firing on the crowd": what
     * a document shows as an object with a participle is a clause without a verb of its own (PolNeAR
     * annotates it as the document's report); an object alone ("leaked documents reveal a
     * conversation") stays evidence.
     */
    private static Optional<int[]> shownByPapers(ParsedSentence s, int cue) {
        boolean byPapers = s.children(cue, "nsubj").stream().anyMatch(subj -> DocumentAuthors.isDocument(s.token(subj)));
        if (!byPapers) return Optional.empty();
        for (int object : s.children(cue, "obj")) {
            boolean participle = object > cue && s.children(object, "acl").stream()
                    .anyMatch(a -> a == object + 1 && s.token(a).pos().equals("VBG"));
            if (!participle) continue;
            int[] bounds = s.subtreeBounds(object, 50);
            // "showed Trump leading the field with 31 percent": the parser hangs the rest on the cue
            for (Dependency d : s.children(cue)) {
                if (d.dependent() > bounds[1] && d.relation().startsWith("obl")) {
                    bounds[1] = Math.max(bounds[1], s.subtreeBounds(d.dependent(), 50)[1]);
                }
            }
            return Optional.of(bounds);
        }
        return Optional.empty();
    }

    /**
     * The words reported by a cue: its clausal complement ("said that …"), the infinitive of an
     * intent verb ("threatened to …"), the object of a judgement ("denounced the regime"), or, for
     * a cue written after the words ("…, the minister warned"), the clause it interrupts.
     */
    Optional<int[]> complement(ParsedSentence s, int cue) {
        String lemma = s.token(cue).lemma();
        Optional<int[]> judgement = namingComplement(s, cue).or(() -> accusationComplement(s, cue));
        if (judgement.isPresent()) return judgement;
        Optional<Integer> marked = clauseMarkedBy(s, cue);
        if (marked.isPresent()) return Optional.of(complementBounds(s, marked.get()));
        Optional<Integer> clear = ReportingCues.clearMadeBy(s, cue);
        if (clear.isPresent()) {
            // the clause "clear" takes, or else the one written after it
            Optional<Integer> clause = s.children(clear.get(), "ccomp").stream().findFirst()
                    .or(() -> s.children(cue, "ccomp").stream().filter(h -> h > clear.get()).findFirst());
            return clause.map(h -> complementBounds(s, h)).map(b -> new int[] {Math.max(b[0], clear.get() + 1), b[1]})
                    .or(() -> lost.ownClauseToTheEnd(s, clear.get()));
        }
        Optional<int[]> listenerClause = lost.clauseTakenForRelative(s, cue);
        if (listenerClause.isPresent()) return listenerClause;
        List<Integer> heads = new ArrayList<>(s.children(cue, "ccomp"));
        // "called Biden to congratulate him" is a call made for something, not a call on someone to do it
        boolean callMadeFor = lemma.equalsIgnoreCase("call") && !s.children(cue, "obj").isEmpty()
                && s.children(cue, "obl:on").isEmpty() && s.children(cue, "compound:prt").isEmpty();
        if (cues.reportsInfinitive(lemma) && !callMadeFor) heads.addAll(s.children(cue, "xcomp"));
        if (heads.isEmpty() && cues.reportsObject(lemma)) {
            // "denounced the sanctions regime imposed on …" reports words; "praised Brazil" does not.
            s.children(cue, "obj").stream().filter(o -> phraseLength(s, o) >= MIN_OBJECT_CONTENT_WORDS)
                    .forEach(heads::add);
        }
        if (heads.isEmpty()) {
            // "X told CBS he would not …": the parser often attaches the reported clause after
            // an object as parataxis rather than ccomp; a clause with its own subject after the
            // cue is what was said.
            // or as an unlabelled dependent, "that" with it ("told members of the council that the body won't …")
            s.children(cue).stream()
                    .filter(d -> d.relation().equals("parataxis") || d.relation().equals("dep") && opensWithThat(s, d.dependent()))
                    .map(Dependency::dependent)
                    .filter(h -> h > cue && !s.children(h, "nsubj").isEmpty()
                            && (!s.children(cue, "obj").isEmpty() || interruptedAfterCue(s, cue, h)))
                    .findFirst().ifPresent(heads::add);
        }
        if (heads.isEmpty()) {
            Optional<int[]> shown = shownByPapers(s, cue);
            if (shown.isPresent()) return shown;
        }
        if (heads.isEmpty()) {
            Optional<int[]> repaired = objectTakenForSubject(s, cue).or(() -> verbTakenForObject(s, cue))
                    .or(() -> lost.clauseHungFromObject(s, cue))
                    .or(() -> conditionalClauseAfterCue(s, cue)).or(() -> clauseHungBeforeCue(s, cue));
            if (repaired.isPresent()) return repaired;
        }
        heads.removeIf(h -> isCueWithSubject(s, h) && !clauseFollowsCue(s, cue, h));
        dropFrontedClauses(s, cue, heads);
        // Enhanced dependencies copy the cue's ccomp onto every conjunct ("said that A, but B"):
        // the first clause is the one the cue introduces, and its subtree holds the others.
        heads.sort(Comparator.naturalOrder());
        if (!heads.isEmpty()) {
            int[] bounds = complementBounds(s, heads.get(0));
            bounds[0] = lost.objectHungBeforeClause(s, cue, heads.get(0), bounds[0]);
            bounds[0] = lost.listenerHungInClause(s, cue, heads.get(0), bounds[0]);
            // "confirmed that A and that B": B is said too; subtrees stop at conjuncts.
            for (int other : heads.subList(1, heads.size())) {
                if (s.children(heads.get(0), "conj").contains(other)) {
                    bounds[1] = Math.max(bounds[1], complementBounds(s, other)[1]);
                }
            }
            return Optional.of(withReportedConjunct(s, cue, bounds));
        }
        Optional<Dependency> parent = s.parent(cue);
        // "stormed the palace, demanding the resignation of …": a participle with no subject of its
        // own says how the act was done, not whose words the clause is
        boolean adjunct = s.token(cue).pos().equals("VBG") && s.children(cue).stream().noneMatch(d -> d.relation().startsWith("nsubj"));
        boolean interrupting = parent.isPresent() && !adjunct && (parent.get().relation().equals("parataxis")
                || parent.get().relation().equals("dep"));
        if (interrupting && parent.get().governor() >= 0) {
            int clause = clauseRoot(s, parent.get().governor());
            int[] bounds = complementBounds(s, clause);
            int[] aside = s.subtreeBounds(cue, 50);
            Optional<Integer> commaBefore = lastCommaBefore(s, bounds[0], cue);
            boolean wordsGoOn = commaBefore.isPresent() && aside[1] + 1 < bounds[1]
                    && s.token(aside[1] + 1).word().equals(",");
            if (wordsGoOn) return Optional.of(bounds);
            // "WASHINGTON — The U.S. announced …": a dateline before a cue is no words of anyone
            if (!hasVerbBetween(s, bounds[0] - 1, Math.min(bounds[1], cue - 1)) && quotes.in(s).stream()
                    .noneMatch(q -> q.content().overlaps(s.span(bounds[0], Math.max(bounds[0], cue - 1))))) {
                return Optional.empty();
            }
            int to = lastCommaBefore(s, bounds[0], cue).orElse(s.subtreeBounds(cue, 50)[0]) - 1;
            while (to > bounds[0] && s.token(to).pos().equals(",")) to--;
            if (to > bounds[0]) return Optional.of(new int[] {bounds[0], Math.min(bounds[1], to)});
        }
        return Optional.empty();
    }

    /**
     * "called the poll a choice between war and peace", "decried the grouping as an Asian
     * “NATO”": a verb of judging with an object and, after it, what the object is judged to be
     * (a second object, a predicate, an "as" phrase); the words run from the one to the other.
     */
    Optional<int[]> namingComplement(ParsedSentence s, int cue) {
        if (!cues.reportsJudgement(s.token(cue).lemma())) return Optional.empty();
        Optional<Integer> object = s.children(cue, "obj").stream().filter(o -> o > cue).findFirst();
        if (object.isEmpty()) return Optional.empty();
        for (Dependency d : s.children(cue)) {
            String rel = d.relation();
            // "called Biden to congratulate him": an infinitive is what the caller did it for, no judgement
            boolean infinitive = rel.equals("xcomp") && s.isToInfinitive(d.dependent());
            boolean predicate = rel.equals("xcomp") && !infinitive || rel.equals("obl:npmod") || rel.equals("obl:as")
                    || rel.equals("advcl:as") || rel.equals("obj") && d.dependent() != object.get();
            if (predicate && d.dependent() > object.get()) {
                int from = s.subtreeBounds(object.get(), 50)[0];
                int to = complementBounds(s, d.dependent())[1];
                return Optional.of(new int[] {from, toEndOfQuoteOpenedIn(s, from, to)});
            }
        }
        return Optional.empty();
    }

    /**
     * "accused him of trying to whitewash Japan's actions": whom the accusation is about and what of is
     * what was said, from the object to the end of its "of" phrase (PolNeAR's train annotations head the
     * words of "accuse" by its object 69 times in 86, attribution-cues.tsv).
     */
    Optional<int[]> accusationComplement(ParsedSentence s, int cue) {
        if (!s.token(cue).lemma().equalsIgnoreCase("accuse")) return Optional.empty();
        Optional<Integer> object = s.children(cue, "obj").stream().filter(o -> o > cue).findFirst();
        if (object.isEmpty()) return Optional.empty();
        for (Dependency d : s.children(cue)) {
            boolean of = d.relation().equals("advcl:of") || d.relation().equals("obl:of");
            if (of && d.dependent() > object.get()) {
                int from = s.subtreeBounds(object.get(), 50)[0];
                return Optional.of(new int[] {from, complementBounds(s, d.dependent())[1]});
            }
        }
        return Optional.empty();
    }

    /** "as “a clear act of irresponsibility, thus condemning …”": words quoted from inside run to the quote's end. */
    int toEndOfQuoteOpenedIn(ParsedSentence s, int from, int to) {
        Span words = s.span(from, to);
        for (QuoteSpan q : quotes.in(s)) {
            if (q.content().begin() >= words.begin() && q.content().begin() < words.end() && q.outer().end() > words.end()) {
                int end = to;
                while (end + 1 < s.size() && s.token(end + 1).begin() < q.outer().end()) end++;
                return end;
            }
        }
        return to;
    }

    /**
     * "Trump said praise from Putin would not affect his policy": without a "that", the parser
     * often takes the reported clause's subject for the cue's object and hangs the clause's verb
     * elsewhere, either above the cue (whose clause it then takes for its subject, csubj) or
     * below it (dep). A finite verb there, after the object, is what the cue reports: the words
     * run from the object to that verb's last word.
     */
    Optional<int[]> objectTakenForSubject(ParsedSentence s, int cue) {
        Optional<Integer> object = s.children(cue, "obj").stream().filter(o -> o > cue).findFirst();
        if (object.isEmpty()) return Optional.empty();
        int verb = -1;
        Optional<Dependency> parent = s.parent(cue);
        if (parent.isPresent() && parent.get().relation().startsWith("csubj") && parent.get().governor() > object.get()) {
            verb = parent.get().governor();
        }
        for (int dep : s.children(cue, "dep")) {
            if (verb < 0 && dep > object.get() && s.children(dep, "nsubj").isEmpty()) verb = dep;
        }
        // "believed the US should play a major role": a modal makes the "object's infinitive" a clause
        for (int xcomp : s.children(cue, "xcomp")) {
            boolean modal = s.children(xcomp, "aux").stream().anyMatch(a -> s.token(a).pos().equals("MD"));
            if (verb < 0 && xcomp > object.get() && modal) verb = xcomp;
        }
        // "says a violent hit that used to be considered a great tackle … now draws a penalty": in a long
        // clause the parser may hang its verb loosely (dep, no subject of its own) deep inside the "object"
        if (verb < 0) verb = verbLostInside(s, object.get());
        if (verb < 0 || !isFinite(s, verb)) return Optional.empty();
        int from = s.subtreeBounds(object.get(), 50)[0];
        int to = s.subtreeBounds(verb, 50)[1];
        while (to > from && (s.token(to).pos().equals(".") || s.token(to).pos().equals(",") || ArticleQuotes.isQuoteMark(s.token(to)))) to--;
        return Optional.of(new int[] {from, to});
    }

    /** A finite verb without a subject that the parser hung as a loose dependent inside the object's phrase, or -1. */
    private int verbLostInside(ParsedSentence s, int object) {
        int[] bounds = s.subtreeBounds(object, 50);
        for (int i = object + 1; i <= bounds[1]; i++) {
            boolean loose = s.parent(i).map(d -> d.relation().equals("dep")).orElse(false);
            String pos = s.token(i).pos();
            if (!loose || !(pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP")) || !s.children(i, "nsubj").isEmpty()) continue;
            // "a report that accused him": a verb after a relative pronoun is the noun's, not the clause's; one
            // after a possessive is a noun tagged as a verb ("the parents’ request")
            int before = i - 1;
            while (before > object && (s.token(before).pos().startsWith("RB") || s.token(before).pos().equals("MD"))) before--;
            Token t = s.token(before);
            if (!PartOfSpeech.isRelativeWord(t) && !t.pos().equals("POS") && !ArticleQuotes.isQuoteMark(t)) return i;
        }
        return -1;
    }

    /**
     * "…, saying those comments might tip off the group": the parser sometimes reads the
     * participle as a conjunction marking the clause it introduces (advcl:saying); that clause
     * is what was said.
     */
    Optional<Integer> clauseMarkedBy(ParsedSentence s, int cue) {
        Optional<Dependency> up = s.parent(cue);
        if (up.isEmpty() || up.get().governor() <= cue) return Optional.empty();
        boolean marker = up.get().relation().equals("mark") || up.get().relation().equals("case");
        return marker && s.token(up.get().governor()).pos().startsWith("VB") ? Optional.of(up.get().governor()) : Optional.empty();
    }

    /**
     * "Like other owners who foresee an upside, Mr. Schmidt said he was building …": where a clause
     * follows the cue directly, a clause the parser also hung on it before its subject is a fronted
     * adverbial taken for words, not what was said.
     */
    private void dropFrontedClauses(ParsedSentence s, int cue, List<Integer> heads) {
        // "Still, Tad Devine, a senior adviser, said on Tuesday that …": a name taken for a clause
        if (heads.stream().anyMatch(h -> h > cue && isClause(s, h))) heads.removeIf(h -> h < cue && !isClause(s, h));
        List<Integer> subjects = s.children(cue, "nsubj");
        if (subjects.isEmpty() || heads.size() < 2) return;
        int subjectStart = s.subtreeBounds(subjects.get(0), 50)[0];
        int first = firstWordAfter(s, cue);
        // the clause's own subject comes first: "said he was …", not "said in a statement, X reported"
        boolean direct = heads.stream().anyMatch(h -> h > cue && s.children(h, "nsubj").stream()
                .anyMatch(n -> s.subtreeBounds(n, 50)[0] == first));
        if (direct) heads.removeIf(h -> s.subtreeBounds(h, 50)[1] < subjectStart);
    }

    /**
     * Where a clause after the cue begins: past "that", and past the comma and quotation mark of "Beck
     * said, “I just want …”", which stand before the clause's subject.
     */
    private static int firstWordAfter(ParsedSentence s, int cue) {
        int first = cue + 1;
        while (first < s.size() && (s.token(first).isPunctuation() || ArticleQuotes.isQuoteMark(s.token(first)))) first++;
        if (first < s.size() && s.token(first).word().equalsIgnoreCase("that")) first++;
        return first;
    }

    /** A clause whose first word is "that", hung on its verb as mark or as a loose dependent. */
    private static boolean opensWithThat(ParsedSentence s, int head) {
        int first = s.subtreeBounds(head, 50)[0];
        return first < head && s.token(first).word().equalsIgnoreCase("that")
                && s.parent(first).map(d -> d.governor() == head).orElse(false);
    }

    /** A verb, or a predicate with a copula or a subject of its own: not a bare name. */
    private static boolean isClause(ParsedSentence s, int head) {
        String pos = s.token(head).pos();
        return pos.startsWith("VB") || pos.equals("MD") || !s.children(head, "cop").isEmpty()
                || !s.children(head, "nsubj").isEmpty() || !s.children(head, "nsubj:pass").isEmpty();
    }

    /**
     * "Clinton says there needs to be a law …": the parser took the reported clause's verb for
     * the cue's object; everything the cue governs after it is what was said.
     */
    Optional<int[]> verbTakenForObject(ParsedSentence s, int cue) {
        Optional<Integer> object = s.children(cue, "obj").stream().filter(o -> o > cue).findFirst();
        if (object.isEmpty() || !s.token(object.get()).pos().matches("VB[DPZ]")) return Optional.empty();
        int to = object.get();
        for (Dependency d : s.children(cue)) {
            if (d.dependent() > cue && !d.relation().equals("punct")) to = Math.max(to, s.subtreeBounds(d.dependent(), 50)[1]);
        }
        return Optional.of(new int[] {cue + 1, to});
    }

    /**
     * "Cruz said if elected he could work with the leadership", "said that if elected she would cut
     * taxes", "said while crime is down, many don't feel safer": the parser takes the clause opened by
     * "if" (or "when", "while", …) right after a verb of saying for a condition of the saying (advcl
     * of the cue), or hangs it on "that" as an unlabelled dependent.
     * A clause with a subject of its own that starts right after the cue is what was said, condition
     * included. (A negated cue, "did not say if he would run", is no cue: ReportingCues.isWithheld.)
     */
    Optional<int[]> conditionalClauseAfterCue(ParsedSentence s, int cue) {
        if (!ReportingCues.asserts(s.token(cue).lemma())) return Optional.empty();
        int first = cue + 1;
        List<Integer> candidates = new ArrayList<>();
        for (Dependency d : s.children(cue)) {
            if (d.relation().startsWith("advcl") && d.dependent() > cue) candidates.add(d.dependent());
            if (d.relation().equals("obj") && d.dependent() == first && s.token(first).word().equalsIgnoreCase("that")) {
                candidates.addAll(s.children(first, "dep"));
            }
        }
        int opening = clauseStart(s, cue);
        for (int head : candidates) {
            boolean opensAfterCue = s.children(head, "mark").stream().anyMatch(m -> m == opening
                    && CLAUSE_CONDITIONS.contains(s.token(m).word().toLowerCase(Locale.ROOT)));
            if (opensAfterCue && !s.children(head, "nsubj").isEmpty() && isFinite(s, head)) {
                int[] bounds = complementBounds(s, head);
                return Optional.of(new int[] {opening, bounds[1]});
            }
        }
        return Optional.empty();
    }

    /**
     * "The new plan is still tilted toward the rich, the Tax Foundation said.": the parser hangs
     * the reported clause on the cue after it as an unmarked adverbial clause or a loose
     * dependent; set off by a comma before the cue's subject, it is what was said. A marked clause
     * ("When asked, …", "Although …,", "When the moderator pointed out …,") is not.
     */
    Optional<int[]> clauseHungBeforeCue(ParsedSentence s, int cue) {
        List<Integer> subjects = s.children(cue, "nsubj");
        if (subjects.isEmpty()) return Optional.empty();
        int subjectStart = s.subtreeBounds(subjects.get(0), 50)[0];
        for (Dependency d : s.children(cue)) {
            int head = d.dependent();
            boolean loose = d.relation().equals("advcl") || d.relation().equals("dep");
            if (!loose || head > subjectStart || !s.children(head, "mark").isEmpty()) continue;
            if (!s.token(head).pos().startsWith("VB") && s.children(head, "cop").isEmpty()) continue;
            // "Asked if the comments had rattled them, Ryan said, “Sure …”", "Accepting the award, the actor
            // said": a participle with no subject of its own says how or when it was said, not what
            boolean participle = s.token(head).pos().equals("VBG") || s.token(head).pos().equals("VBN");
            if (participle && s.children(head, "nsubj").isEmpty() && s.children(head, "nsubj:pass").isEmpty()) continue;
            int[] bounds = complementBounds(s, head);
            // "When the moderator pointed out …, the candidate said …": a clause a wh-adverb opens says when
            // or where it was said (the parser makes "when" an adverb of the clause, not its mark)
            if (s.token(bounds[0]).pos().equals("WRB")) continue;
            boolean comma = bounds[1] + 1 < subjectStart && s.token(bounds[1] + 1).word().equals(",")
                    || subjectStart > 0 && s.token(subjectStart - 1).word().equals(",");
            if (!comma) continue;
            // what the parser hung on the cue between the clause and the comma belongs to the words
            int to = subjectStart - 1;
            while (to > bounds[0] && (s.token(to).word().equals(",") || ArticleQuotes.isQuoteMark(s.token(to)))) to--;
            return Optional.of(new int[] {bounds[0], to});
        }
        return Optional.empty();
    }

    /** A finite verb, or a predicate with a finite copula ("this was in response to …"). */
    boolean isFinite(ParsedSentence s, int verb) {
        String pos = s.token(verb).pos();
        return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || !s.children(verb, "aux").isEmpty()
                || s.children(verb, "cop").stream().map(c -> s.token(c).pos())
                        .anyMatch(p -> p.equals("VBZ") || p.equals("VBD") || p.equals("VBP"));
    }

    /** The head of the whole clause a cue interrupts, above any subordinate clause it sits in. */
    int clauseRoot(ParsedSentence s, int node) {
        int current = node;
        for (int guard = 0; guard < s.size(); guard++) {
            Optional<Dependency> up = s.parent(current);
            if (up.isEmpty() || up.get().governor() < 0) return current;
            String rel = up.get().relation();
            if (!(rel.startsWith("advcl") || rel.equals("ccomp") || rel.startsWith("conj"))) return current;
            current = up.get().governor();
        }
        return current;
    }

    Optional<Integer> lastCommaBefore(ParsedSentence s, int from, int cue) {
        for (int i = cue - 1; i > from; i--) {
            if (s.token(i).word().equals(",")) return Optional.of(i);
        }
        return Optional.empty();
    }

    /**
     * "…, Fox News reported" is a cue of its own, not what the first cue reports. What was said
     * can itself be about speaking: a passive ("said the timeline will be announced"), an
     * auxiliary ("said he cannot comment", "said he has told them") or a subject that cannot
     * speak ("said the data indicate …") make the clause content.
     * ("said that X implied …" stays a cue of its own: on PolNeAR dev and the seeds, a "that"
     * alone gained a little recall for more wrong speakers.)
     */
    boolean isCueWithSubject(ParsedSentence s, int head) {
        boolean activeSubject = false;
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("nsubj") && speakerSubjects.canSpeak(s, d.dependent())) activeSubject = true;
            if (d.relation().startsWith("aux")) return false;
        }
        // "Police said Yamagami admitted to shooting Abe": a cue with words of its own after it
        // says something of its own, so the clause stays what the first cue reports.
        // ("…, the Presidency said in a statement" says nothing after its cue.)
        boolean nothingAfter = s.children(head).stream().noneMatch(d -> d.dependent() > head
                && (d.relation().equals("obj") || d.relation().equals("xcomp") || d.relation().equals("advcl:to")
                || d.relation().startsWith("obl") && hasVerbBetween(s, head, d.dependent())));
        return cues.isSpeechVerb(s.token(head).lemma()) && activeSubject
                && s.children(head, "ccomp").isEmpty() && nothingAfter;
    }

    /**
     * "Rubio says, win or lose in Tuesday's primary, he's staying in the race": a comma right after
     * the cue opens a phrase that interrupts the cue and what it says; the parser hangs the clause
     * after it as parataxis. A semicolon or colon between would end the sentence's first clause.
     */
    private static boolean interruptedAfterCue(ParsedSentence s, int cue, int head) {
        if (cue + 1 >= head || !s.token(cue + 1).word().equals(",")) return false;
        for (int i = cue + 1; i < head; i++) {
            String w = s.token(i).word();
            if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—")) return false;
        }
        return true;
    }

    /**
     * "said she asked for the interview", "said the ministry complained": a clause whose subject
     * comes right after the cue (or after "that") is what the cue reports, even when its verb is
     * one of speaking with nothing after it; "…, Fox News reported" has the words said before its
     * subject.
     */
    private static boolean clauseFollowsCue(ParsedSentence s, int cue, int head) {
        // a conjunct has its subject copied from the first clause: "said Putin would err and warned of …"
        // (the warning is the speaker's, parsed as Putin's)
        if (s.parents(head).stream().anyMatch(d -> d.relation().startsWith("conj"))) return false;
        int first = clauseStart(s, cue);
        for (int subject : s.children(head, "nsubj")) {
            if (s.subtreeBounds(subject, 50)[0] == first) return true;
        }
        return false;
    }

    /** Where a clause reported by the cue would start: right after it, or after "that". */
    private static int clauseStart(ParsedSentence s, int cue) {
        int first = cue + 1;
        return first < s.size() && s.token(first).word().equalsIgnoreCase("that") ? first + 1 : first;
    }

    /** Whether a finite verb or a modal lies between the two tokens: the words are a clause. */
    static boolean hasFiniteVerbBetween(ParsedSentence s, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (s.token(i).isFiniteVerb()) return true;
        }
        return false;
    }

    /** "admitted to shooting Abe": a verb form between the cue and its oblique makes it an act said. */
    boolean hasVerbBetween(ParsedSentence s, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (s.token(i).pos().startsWith("VB")) return true;
        }
        return false;
    }

    int[] complementBounds(ParsedSentence s, int head) {
        int[] b = s.subtreeBounds(head, 50);
        int from = b[0];
        // Complementisers and the punctuation before the words go; "At" of "At least 57 …" stays.
        List<Integer> marks = new ArrayList<>(s.children(head, "mark"));
        marks.addAll(s.children(head, "case"));
        while (from < head && (marks.contains(from) || s.token(from).pos().equals(",")
                || s.token(from).word().equals("that") || ArticleQuotes.isQuoteMark(s.token(from)))) {
            from++;
        }
        int to = b[1];
        while (to > from && (s.token(to).pos().equals(".") || s.token(to).pos().equals(",")
                || ArticleQuotes.isQuoteMark(s.token(to)) && !ArticleQuotes.closesQuoteOpenedIn(s, from, to))) {
            to--;
        }
        // The parser may hang the closing mark on a word outside the words' subtree.
        if (to + 1 < s.size() && ArticleQuotes.isQuoteMark(s.token(to + 1)) && ArticleQuotes.closesQuoteOpenedIn(s, from, to + 1)) to++;
        return new int[] {from, to};
    }

    /**
     * "Johnson said he will not leave office immediately, but will wait until …": the parser
     * hangs the second verb on the cue, yet with its own auxiliary and no subject of its own it
     * goes on with what was said, so the words run to its end.
     */
    int[] withReportedConjunct(ParsedSentence s, int cue, int[] bounds) {
        for (int conj : s.children(cue, "conj")) {
            // "… but had not asked for asylum": a cue that reports nothing of its own goes on with the words
            boolean ownReport = isCue(s, conj) && !s.children(conj, "ccomp").isEmpty();
            if (conj <= bounds[1] || ownReport || s.children(conj, "aux").isEmpty()) continue;
            List<Integer> cueSubjects = s.children(cue, "nsubj");
            boolean ownSubject = s.children(conj, "nsubj").stream().anyMatch(n -> !cueSubjects.contains(n));
            if (ownSubject) continue;
            int[] extended = complementBounds(s, conj);
            return new int[] {bounds[0], Math.max(bounds[1], extended[1])};
        }
        return bounds;
    }

    int phraseLength(ParsedSentence s, int head) {
        int[] b = s.subtreeBounds(head, 50);
        return b[1] - b[0] + 1;
    }

    /**
     * Nothing after the cue but its own adjuncts ("said Thursday", "said in a text sent to
     * reporters", "told CNN"): no comma before the sentence's end, and no words of its own.
     */
    boolean endsTheSentence(ParsedSentence s, int cue) {
        for (int i = cue + 1; i < s.size(); i++) {
            // a finite verb after the cue is a clause the parser lost: "…, Tuppurainen said she hopes …"
            if (s.token(i).word().equals(",") || ArticleQuotes.isQuoteMark(s.token(i))
                    || s.token(i).isFiniteVerb()) {
                return false;
            }
        }
        for (Dependency d : s.children(cue)) {
            if (d.dependent() < cue) continue;
            String rel = d.relation();
            boolean addressee = (rel.equals("obj") || rel.equals("iobj")) && s.token(d.dependent()).pos().matches("NNP.*|PRP");
            if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("dep")
                    || rel.equals("obj") && !addressee) {
                return false;
            }
        }
        return true;
    }

}
