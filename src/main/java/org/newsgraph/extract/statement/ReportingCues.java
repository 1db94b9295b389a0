package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.nlp.attribution.CueModel;
import org.newsgraph.nlp.WordList;

/**
 * Which verbs report words and where their words are. Verbs that report a clause come from
 * PolNeAR's training texts, as a table of lemmas ({@link LearnedCues}) and as a model that judges
 * each verb in its sentence ({@link CueModel}), and from the hand-kept list for what those texts
 * lack (diplomatic verbs such as "threaten", "pledge" or "condemn" are rare in US campaign news);
 * verbs whose infinitive or object is the statement ("vowed to …", "denounced the …") are hand-kept,
 * because PolNeAR's infinitives and objects are mostly plans and wishes, not words.
 */
final class ReportingCues {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "n’t");
    /** Verbs whose infinitive is words withheld: "refused to comment", "declined to confirm". */
    private static final Set<String> REFUSING = Set.of("refuse", "decline");
    /**
     * Verbs that assert what follows them; after "ask" or "wonder" an "if" opens a question, and after
     * "cheered" or "spoke" an "as" or "after" says when.
     */
    private static final Set<String> ASSERTING = Set.of("say", "tell", "add", "state", "write",
            "warn", "insist", "argue", "claim", "stress", "note", "predict");
    private final WordList reportingVerbs = WordList.load("extract/reporting-verbs.txt");
    private final WordList intentVerbs = WordList.load("extract/intent-verbs.txt");
    private final WordList objectContentVerbs = WordList.load("extract/object-content-verbs.txt");
    private final WordList namingVerbs = WordList.load("extract/naming-verbs.txt");
    private final LearnedCues learned;
    private final CueModel model;

    ReportingCues(LearnedCues learned, CueModel model) {
        this.learned = learned;
        this.model = model;
    }

    /**
     * The cue model's probability from which a verb the lists lack is a cue. Compared on PolNeAR
     * dev and the development gold (docs/statements.md): at 0.5 and 0.6 more verbs that act on
     * something the parser misread as a clause came in, and precision fell on both.
     */
    static final double MODEL_THRESHOLD = 0.7;

    /**
     * Whether token {@code i} is a reporting cue: a verb of the hand-kept lists, a verb the table
     * learned from PolNeAR train reports clauses with, or one the cue model, reading the verb in
     * its parsed sentence, judges a cue where it can stand for words ({@link #reportsClause}).
     */
    boolean isCue(ParsedSentence s, int i) {
        if (isWithheld(s, i)) return false;
        String lemma = s.token(i).lemma();
        if (reportingVerbs.contains(lemma) || namingVerbs.contains(lemma) || learned.isCue(lemma)) return true;
        if (clearMadeBy(s, i).isPresent()) return true;
        return reportsClause(s, i) && cueProbability(s, i) >= MODEL_THRESHOLD;
    }

    /** "said", "says", "has announced", not "to maintain" or "saying". */
    static boolean isFiniteCue(ParsedSentence s, int cue) {
        String pos = s.token(cue).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || pos.equals("VBN") && !s.children(cue, "aux").isEmpty();
    }

    /** A verb that asserts what follows it ("say", "warn", "predict"), not one that asks or reacts. */
    static boolean asserts(String lemma) {
        return ASSERTING.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * "made clear the US was not being aggressive", "made it clear that …": the index of "clear"
     * when token {@code i} is "make" followed by it, the two a verb of saying together.
     */
    static Optional<Integer> clearMadeBy(ParsedSentence s, int i) {
        if (!s.token(i).lemma().equalsIgnoreCase("make")) return Optional.empty();
        int next = i + 1 < s.size() && s.token(i + 1).word().equalsIgnoreCase("it") ? i + 2 : i + 1;
        return next < s.size() && s.token(next).word().equalsIgnoreCase("clear") ? Optional.of(next) : Optional.empty();
    }

    /**
     * Words not said are no statement: "did not say whether the talks would resume", "never said
     * that", "refused to comment on reports that …", "declined to confirm".
     */
    static boolean isWithheld(ParsedSentence s, int i) {
        // "“Rand is an isolationist; I’m not,” Rubio said": a "not" the parser hung on the cue across a
        // quotation mark is the quote's
        boolean negated = s.children(i).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg"))
                && NEGATIONS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))
                && ArticleQuotes.marksBetween(s, Math.min(d.dependent(), i) + 1, Math.max(d.dependent(), i)) == 0);
        if (negated) return true;
        return s.parent(i).filter(d -> d.relation().equals("xcomp") && d.governor() >= 0)
                .map(d -> REFUSING.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /** The cue model's probability that token {@code i} heads an attribution cue. */
    double cueProbability(ParsedSentence s, int i) {
        return model.probability(s.sentence(), i);
    }

    /**
     * Whether the verb can stand for words here: it takes a clause ("fears that …"), interrupts or
     * follows one ("…, he argued"), or takes nothing else ("“…,” she quipped"). PolNeAR annotates
     * plans, wishes and acts on objects as attributions too ("refused to go", "blamed Iran"); a
     * statement in this graph is words or thoughts, so a verb learned from PolNeAR does not count
     * where it takes an object or an infinitive instead.
     */
    static boolean reportsClause(ParsedSentence s, int i) {
        if (!s.children(i, "ccomp").isEmpty()) return true;
        if (s.parent(i).map(d -> d.relation().equals("parataxis")).orElse(false)) return true;
        return s.children(i, "obj").isEmpty() && s.children(i, "xcomp").isEmpty() && s.children(i, "iobj").isEmpty();
    }

    /**
     * A verb of speaking in the hand-kept list ("say", "report", "tell"). Only these start a
     * report of their own inside another one ("…, Fox News reported"); a learned cue there is what
     * was said ("said the exercises show …").
     */
    boolean isSpeechVerb(String lemma) {
        return reportingVerbs.contains(lemma);
    }

    /** "threatened to retaliate": the infinitive is what was said. */
    boolean reportsInfinitive(String lemma) {
        return intentVerbs.contains(lemma);
    }

    /** "called the poll a choice between war and peace": the object and its predicate are what was said. */
    boolean reportsJudgement(String lemma) {
        return namingVerbs.contains(lemma);
    }

    /** "denounced the sanctions imposed on …": the object is what was said. */
    boolean reportsObject(String lemma) {
        return objectContentVerbs.contains(lemma);
    }
}
