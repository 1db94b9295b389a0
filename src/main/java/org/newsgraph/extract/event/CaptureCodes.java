package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.nlp.Token;

/**
 * PETRARCH-2 codes "capture", "seize", "take" and "grab" 171 (seize property) whatever they take;
 * the CAMEO codebook codes taking people 173 (arrest, detain). A seizure whose object is a person
 * ("captured Russian conscripts", "were seized by the militia" said of people) is recoded 173. The
 * other way round, its verbs of confining ("hold", 170) coerce only people or actors: holding a
 * thing ("held a state dinner", "held talks") is no coercion and is dropped. Its kidnapping block
 * takes "prisoner" with "hostage" (181 abduct, take hostage); taking prisoners, in war or by police,
 * is detaining them, 173.
 */
final class CaptureCodes {
    static final String DETENTION = "173";
    private static final String SEIZURE = "171";
    private static final String COERCION = "170";
    private static final String ABDUCTION = "181";
    private static final Set<String> PRISONER = Set.of("prisoner", "prisoners");
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "he", "she", "they");

    private final AgentLexicon agents;

    CaptureCodes(AgentLexicon agents) {
        this.agents = agents;
    }

    void recode(List<EventDraft> drafts, ActorReferences references) {
        for (EventDraft d : drafts) {
            if (d.code.equals(SEIZURE) && objects(d).stream().anyMatch(o -> isPerson(d.sentence.token(o)))) d.code = DETENTION;
            if (d.code.equals(ABDUCTION) && d.sentence.children(d.trigger).stream()
                    .anyMatch(c -> PRISONER.contains(d.sentence.token(c.dependent()).word().toLowerCase(Locale.ROOT)))) {
                d.code = DETENTION;
            }
        }
        drafts.removeIf(d -> d.code.equals(COERCION) && PartOfSpeech.of(d.sentence, d.trigger) == 'V'
                && !d.derived && holdsOnlyThings(d, references));
    }

    /** Holding a thing ("held talks") coerces no one; with nothing held named, the coercion stands. */
    private boolean holdsOnlyThings(EventDraft d, ActorReferences references) {
        List<Integer> objects = objects(d);
        return !objects.isEmpty()
                && objects.stream().noneMatch(o -> isPerson(d.sentence.token(o)) || !references.resolve(d.sentence, o).isEmpty());
    }

    private static List<Integer> objects(EventDraft d) {
        String object = RoleFinder.isPassive(d.sentence, d.trigger) ? "nsubj:pass" : "obj";
        return d.sentence.children(d.trigger, object);
    }

    private boolean isPerson(Token t) {
        if (t.isNer("PERSON")) return true;
        String word = t.word().toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(word)) return true;
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
                && (agents.isAnimate(t.lemma().toLowerCase(Locale.ROOT)) || agents.isAnimate(word));
    }
}
