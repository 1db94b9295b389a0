package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.WordClasses;

/**
 * One line of the trigger dictionary: a word that signals a CAMEO event and where its actors are.
 *
 * @param lemma          lower-case lemma
 * @param pos            'V', 'N' or 'J'
 * @param code           the CAMEO code template
 * @param roles          where agent, target and recipient are
 * @param requirements   words the trigger needs around it
 * @param negatedOnly    counts only when negated, and the event is the refusal ("would not comment")
 * @param conditionalOnly counts only when it announces a conditional consequence ("warned … if …")
 * @param needsOther     counts only when a target or recipient is found
 * @param factAlone      a fact stands without the other side that {@code needsOther} asks for ("police are
 *                       investigating the death"), as for the codes of cameo-agent-only-codes.txt
 * @param needsAskedAct  counts only when the word asks its target for an act the dictionary codes
 *                       ("called for the resignation of X": X is asked to resign; "called for the
 *                       release of X" asks others to release X, and X is no target of the appeal)
 */
record Trigger(String lemma, char pos, CameoTemplate code, RolePattern roles, List<Requirement> requirements,
               boolean negatedOnly, boolean conditionalOnly, boolean needsOther, boolean needsAskedAct,
               boolean factAlone) {
    Trigger {
        requirements = List.copyOf(requirements);
    }

    boolean requirementsMet(ParsedSentence sentence, int word, WordClasses classes) {
        return requirements.stream().allMatch(r -> r.isMet(sentence, word, classes));
    }
}
