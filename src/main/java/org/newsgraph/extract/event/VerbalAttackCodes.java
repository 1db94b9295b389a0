package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;

/**
 * "Trump attacked Netanyahu for refusing …": one person attacking another for what they did is
 * criticism (111), not force; a blow is not given for a reason. An assault or fight (roots 18, 19)
 * between people, with a reason ("for …") or a matter ("on the strike", "over his remarks"), is recoded 111.
 */
final class VerbalAttackCodes {
    static final String CRITICISM = "111";

    void recode(List<EventDraft> drafts, ResolvedActors actors) {
        for (EventDraft d : drafts) {
            String root = d.root();
            if (!root.equals("18") && !root.equals("19") || d.derived) continue;
            if (!givesAReason(d.sentence, d.trigger)) continue;
            if (allPeople(d.agents, actors) && allPeople(d.otherSide(), actors)) d.code = CRITICISM;
        }
    }

    /**
     * A phrase or clause of "for" under the verb ("for refusing …", parsed as a for-to clause too), or
     * the matter argued "on" or "over" ("attacked Sunak on the nursing strike", "over his remarks"):
     * not a day or a place, where a blow could fall.
     */
    private static boolean givesAReason(ParsedSentence s, int verb) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("obl:for") || d.relation().equals("advcl:for")) return true;
            if ((d.relation().equals("obl:on") || d.relation().equals("obl:over")) && isMatter(s, d.dependent())) return true;
            if (!d.relation().startsWith("advcl")) continue;
            boolean markedFor = s.children(d.dependent()).stream()
                    .anyMatch(m -> m.relation().equals("mark") && s.token(m.dependent()).word().equalsIgnoreCase("for"));
            if (markedFor) return true;
        }
        return false;
    }

    private static boolean isMatter(ParsedSentence s, int noun) {
        var t = s.token(noun);
        return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && t.isNer("O");
    }

    private static boolean allPeople(List<String> ids, ResolvedActors actors) {
        return !ids.isEmpty() && ids.stream().allMatch(id -> actors.actor(id).map(a -> a.type() == ActorType.PERSON
                || a.type() == ActorType.STATE && ids.size() > 1).orElse(false))
                && ids.stream().anyMatch(id -> actors.actor(id).map(a -> a.type() == ActorType.PERSON).orElse(false));
    }
}
