package org.newsgraph.extract.event;

import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ResolvedActors;

/**
 * Force used on people protesting is repression, not war: the CAMEO codebook codes it 175 ("actively
 * repress collective actions of dissent … note the difference between repression of dissidents and
 * military engagements"). An assault or fight (roots 18, 19) whose other side is a group of the
 * dissent sector of the Phoenix agent dictionary (protesters, demonstrators, activists, rioters) and
 * whose agent is not such a group itself is recoded 175; so is coercion of no more precise kind (170:
 * "a crackdown on protesters"). The other way round, force used by protesters (root 19: "stormed the
 * capital and occupied the residences") is a protest turned violent, 145 ("use this event form to code
 * demonstrations and protests that turn violent"); killing and assault (18, 20) stay what they are.
 */
final class RepressionCodes {
    static final String REPRESSION = "175";
    private static final String COERCION = "170";
    static final String VIOLENT_PROTEST = "145";
    private static final String DISSENT_SECTOR = "OPP";

    private final AgentLexicon agents;

    RepressionCodes(AgentLexicon agents) {
        this.agents = agents;
    }

    void recode(List<EventDraft> drafts, ResolvedActors actors) {
        for (EventDraft d : drafts) {
            String root = d.root();
            if (!root.equals("18") && !root.equals("19") && !d.code.equals(COERCION)) continue;
            if (d.agents.stream().anyMatch(id -> isDissent(id, actors))) {
                if (root.equals("19")) d.code = VIOLENT_PROTEST;
                continue;
            }
            if (d.otherSide().stream().anyMatch(id -> isDissent(id, actors))) d.code = REPRESSION;
        }
    }

    private boolean isDissent(String id, ResolvedActors actors) {
        if (!id.startsWith(ActorIds.GROUP_PREFIX)) return false;
        Optional<String> sector = actors.actor(id).map(Actor::label).flatMap(agents::sectorOfName);
        return sector.isPresent() && sector.get().startsWith(DISSENT_SECTOR);
    }
}
