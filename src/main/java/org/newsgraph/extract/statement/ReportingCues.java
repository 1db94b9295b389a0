package org.newsgraph.extract.statement;

import org.newsgraph.lexicon.LearnedCues;
import org.newsgraph.nlp.WordList;

/**
 * Which verbs report words and where their words are. Verbs that report a clause come from
 * PolNeAR's training texts ({@link LearnedCues}) and from the hand-kept list for what those texts
 * lack (diplomatic verbs such as "threaten", "pledge" or "condemn" are rare in US campaign news);
 * verbs whose infinitive or object is the statement ("vowed to …", "denounced the …") are hand-kept,
 * because PolNeAR's infinitives and objects are mostly plans and wishes, not words.
 */
final class ReportingCues {
    private final WordList reportingVerbs = WordList.load("extract/reporting-verbs.txt");
    private final WordList intentVerbs = WordList.load("extract/intent-verbs.txt");
    private final WordList objectContentVerbs = WordList.load("extract/object-content-verbs.txt");
    private final WordList namingVerbs = WordList.load("extract/naming-verbs.txt");
    private final LearnedCues learned;

    ReportingCues(LearnedCues learned) {
        this.learned = learned;
    }

    boolean isCue(String lemma) {
        return reportingVerbs.contains(lemma) || learned.isCue(lemma) || namingVerbs.contains(lemma);
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
