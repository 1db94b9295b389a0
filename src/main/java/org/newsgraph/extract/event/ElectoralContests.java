package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;

/**
 * Challenging someone in a sentence about an election is running against them, no disapproval:
 * "Democrat Janelle Bynum is challenging incumbent Rep. Lori Chavez DeRemer", "is being challenged
 * by Republican Sue Ek, who previously ran for office", "preparing to challenge Trump for the GOP
 * nomination". PETRARCH-2 codes the bare verb 110 (disapprove), which stays for what is challenged
 * that is no one ("challenged the ruling", "challenged China's claims") and for challenges outside
 * elections ("China challenged the United States").
 *
 * <p>The verbs are the word class {@code rivalry}; a sentence is about an election when it holds a
 * word of the classes {@code candidacy} (what a candidate seeks: "nomination", "seat", "term") or
 * {@code electoral} ("incumbent", "candidate", "race", "primary", "run").
 */
final class ElectoralContests {
    private static final String RIVALRY = "rivalry";
    private static final List<String> ELECTION_CLASSES = List.of("candidacy", "electoral");

    private final WordClasses classes;
    private final List<Requirement> challengedSomeone;

    ElectoralContests(WordClasses classes) {
        this.classes = classes;
        // the one challenged: the object, or the subject of the passive ("is being challenged by …")
        this.challengedSomeone = List.of(Requirement.parse("obj:someone", classes),
                Requirement.parse("nsubj:pass:someone", classes));
    }

    /** Drops the challenges of someone in sentences about an election, as soon as the triggers are read. */
    void drop(List<EventDraft> drafts) {
        drafts.removeIf(d -> classes.is(d.lemma, RIVALRY) && challengesSomeone(d) && aboutElection(d.sentence));
    }

    private boolean challengesSomeone(EventDraft d) {
        return challengedSomeone.stream().anyMatch(r -> r.isMet(d.sentence, d.trigger, classes));
    }

    private boolean aboutElection(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
            if (ELECTION_CLASSES.stream().anyMatch(c -> classes.is(lemma, c))) return true;
        }
        return false;
    }
}
