package org.newsgraph.extract.statement;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.SpeakingKinds;
import org.newsgraph.nlp.AnimateNouns;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Decides whether the subject of a cue names a speaker when no actor stands for it, so that the
 * statement is kept with that phrase as the only trace of its speaker.
 */
final class SpeakerSubjects {
    /** Nouns that stand for no one in particular: "nothing says Christmas like …". */
    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("nothing", "anything", "something", "everything");
    /** Pronouns that stand for a speaker; "it" more often stands for a thing or a clause. */
    private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she", "they", "we", "i", "him", "her", "them");

    private final WordList positions;
    private final WordList speakerNouns = WordList.load("extract/speaker-nouns.txt");
    private final WordList mediaNouns = WordList.load("extract/speaker-media-nouns.txt");
    private final WordList organizationHeads = WordList.load("extract/organization-heads.txt");
    private final SpeakingKinds speakingKinds = SpeakingKinds.shared();
    private final AnimateNouns animate = AnimateNouns.shared();

    SpeakerSubjects(WordList positions) {
        this.positions = positions;
    }

    /**
     * Someone who can speak: "a senior official", "critics", "the newspaper", "they", a name the
     * linker did not know. A passive subject ("the plan was announced") is what was said, not who
     * said it. A document ("the report said", "according to the results") is the source PolNeAR
     * annotates, though no actor: the phrase stays without a speaker where it names no author.
     * Plural papers report only a clause ("fundraising reports show that …"); what they show
     * ("leaked documents reveal a conversation") is evidence, not words.
     */
    boolean canSpeak(ParsedSentence s, int subject) {
        Token t = s.token(subject);
        if (t.isNer("PERSON") || positions.contains(t.lemma())) return true;
        if (isPassive(s, subject)) return false;
        // a kind of person CoreNLP's animacy list knows, though rare as a source in PolNeAR
        // ("Mrs. Clinton's confidants say it is only fitting …"), reports a clause it is the subject of
        if (t.pos().matches("NNS?") && reportsClause(s, subject) && animate.contains(t.lemma())) return true;
        // a share of those polled ("Six in 10 say …", "Nearly half said …") reports what they answered
        if (SpeakerPhrases.isQuantity(t) && reportsClause(s, subject)) return true;
        if (t.pos().equals("PRP")) return SPEAKING_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
        if (t.pos().startsWith("NNP")) return t.isNer("ORGANIZATION") || t.isNer("MISC") || t.isNer("O");
        return speakerNouns.contains(t.lemma()) || mediaNouns.contains(t.lemma()) || organizationHeads.contains(t.lemma())
                || speakingKinds.contains(t.lemma()) || DocumentAuthors.isDocument(t) && (t.pos().equals("NN") || reportsClause(s, subject))
                || t.pos().matches("NNS?") && subjectOfSaying(s, subject);
    }

    /**
     * The subject of a plain "say" is its source ("the airline said Thursday", "the park says"): no
     * list of speaking nouns is complete (the carriers, banks, parks and towns of business and local
     * news are rare in PolNeAR), and the noun of "said" is its source whether a person, a body or a
     * document. Not "nothing says …", nor a relative clause, which describes a thing by what it
     * reads ("a flag that says …"), nor a subject the parse lends "said" from the clause it is
     * coordinated with ("Harry insisted that parts of the stories were suspicious and said …");
     * "tell" is left out for its things that tell a story ("its lyrics
     * tell the story of …").
     */
    private static boolean subjectOfSaying(ParsedSentence s, int subject) {
        if (INDEFINITE_PRONOUNS.contains(s.token(subject).lemma().toLowerCase(Locale.ROOT))) return false;
        return s.parents(subject).stream().filter(d -> d.relation().equals("nsubj"))
                .anyMatch(d -> s.token(d.governor()).lemma().equals("say")
                        && s.parents(d.governor()).stream().noneMatch(p -> p.relation().startsWith("acl")
                                || p.relation().startsWith("conj") && s.children(p.governor(), "nsubj").contains(subject)));
    }

    /** A noun that is the subject of its verb, not what was done: a quote's source ("“…,” the lawsuit said"). */
    boolean isActiveNoun(ParsedSentence s, int subject) {
        return s.token(subject).pos().startsWith("NN") && !isPassive(s, subject);
    }

    /** Whether the verb the word is the subject of has a clause for its words. */
    private static boolean reportsClause(ParsedSentence s, int subject) {
        return s.parents(subject).stream().filter(d -> d.relation().equals("nsubj"))
                .anyMatch(d -> !s.children(d.governor(), "ccomp").isEmpty());
    }

    private static boolean isPassive(ParsedSentence s, int subject) {
        return s.parents(subject).stream().anyMatch(d -> d.relation().equals("nsubj:pass"));
    }
}
