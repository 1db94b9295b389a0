package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.nlp.Token;

/**
 * PETRARCH-2 codes "capture", "seize", "take" and "grab" 171 (seize property) whatever they take;
 * the CAMEO codebook codes taking people 173 (arrest, detain). A seizure whose object is a person
 * ("captured Russian conscripts", "were seized by the militia" said of people) is recoded 173.
 */
final class CaptureCodes {
    static final String DETENTION = "173";
    private static final String SEIZURE = "171";
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "he", "she", "they");

    private final AgentLexicon agents;

    CaptureCodes(AgentLexicon agents) {
        this.agents = agents;
    }

    void recode(List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            if (d.code.equals(SEIZURE) && takesPeople(d.sentence, d.trigger)) d.code = DETENTION;
        }
    }

    private boolean takesPeople(ParsedSentence s, int trigger) {
        String object = RoleFinder.isPassive(s, trigger) ? "nsubj:pass" : "obj";
        return s.children(trigger, object).stream().anyMatch(o -> isPerson(s.token(o)));
    }

    private boolean isPerson(Token t) {
        if (t.isNer("PERSON")) return true;
        String word = t.word().toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(word)) return true;
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
                && (agents.isAnimate(t.lemma().toLowerCase(Locale.ROOT)) || agents.isAnimate(word));
    }
}
