package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Modality;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.nlp.WordList;

/**
 * Final touches on a sentence's events: a mutual event gets one direction per participant, a
 * person acting for a state brings the state along (ng:represents: the Russian president's threat
 * is also Russia's; a group named with its state brings the state too; a person resigning yields to it
 * instead), an actor is never its own target, events without an agent are dropped
 * (nothing can be said about who did them), and one event is kept per CAMEO root and participants.
 */
final class EventCleanup {
    private static final Set<String> VERBAL_CONFLICT_ROOTS = Set.of("10", "11", "12");
    /** Phoenix sectors of those who act on a state from outside its organs. */
    private static final List<String> NON_STATE_SECTORS = List.of("REB", "OPP", "UAF", "PTY", "CVL", "PPL", "EDU", "LAB");
    /** Words that end the names of organs of government ("Foreign Ministry", "Senate"). */
    private static final WordList GOVERNMENT_BODY_HEADS = WordList.load("extract/organization-heads.txt");
    private EventCleanup() {
    }

    static List<EventDraft> apply(List<EventDraft> drafts, ResolvedActors actors) {
        List<EventDraft> expanded = new ArrayList<>();
        Map<EventDraft, EventDraft> replacedBy = new HashMap<>();
        for (EventDraft d : drafts) {
            d.targets = new ArrayList<>(d.targets.stream().filter(t -> !d.agents.contains(t)).toList());
            d.recipients = new ArrayList<>(d.recipients.stream().filter(t -> !d.agents.contains(t)).toList());
            if (d.agents.isEmpty()) continue;
            if (d.symmetric && d.otherSide().isEmpty() && d.agents.size() > 1) {
                if (isFearedClash(d)) continue;
                List<List<String>> sides = sides(d.agents, actors);
                if (sides.size() < 2) continue;
                for (List<String> side : sides) {
                    EventDraft direction = d.withParticipants(side,
                            d.agents.stream().filter(a -> !side.contains(a)).toList());
                    expanded.add(direction);
                    replacedBy.putIfAbsent(d, direction);
                }
            } else {
                expanded.add(d);
            }
        }
        for (EventDraft d : expanded) {
            if (relinquishesPower(d, actors)) continue;
            List<String> namedAgents = d.agents;
            List<String> namedOtherSide = d.otherSide();
            d.agents = withRepresentedStates(d.agents, actors);
            d.targets = withRepresentedStates(d.targets, actors);
            d.recipients = withRepresentedStates(d.recipients, actors);
            d.agents.removeIf(state -> risesAgainst(state, namedAgents, namedOtherSide, actors));
            d.targets.removeAll(d.agents);
            d.recipients.removeAll(d.agents);
        }
        // An actor removed as its own target can leave an event with nobody on the other side.
        expanded.removeIf(d -> d.otherSide().isEmpty() && (d.needsOtherSide() || isProtestByNoGroup(d, actors) || isAddressedToNobody(d)));
        Map<String, EventDraft> kept = new LinkedHashMap<>();
        for (EventDraft d : expanded) {
            String key = d.root() + "|" + new TreeSet<>(d.agents) + "|" + new TreeSet<>(d.otherSide());
            EventDraft first = kept.putIfAbsent(key, d);
            if (first != null) {
                replacedBy.put(d, first);
                if (d.code.length() > first.code.length()) first.code = d.code;
                if (first.statement < 0) first.statement = d.statement;
                if (first.date == null) first.date = d.date;
            }
        }
        List<EventDraft> result = new ArrayList<>(kept.values());
        // An event without a named target adds nothing when the same agent's event of that kind names one.
        for (EventDraft d : List.copyOf(result)) {
            if (!d.otherSide().isEmpty()) continue;
            result.stream().filter(o -> o != d && o.root().equals(d.root()) && o.agents.containsAll(d.agents)
                    && !o.otherSide().isEmpty()).findFirst().ifPresent(keeper -> {
                        replacedBy.put(d, keeper);
                        result.remove(d);
                    });
        }
        for (EventDraft d : result) {
            if (d.condition != null) d.condition = follow(d.condition, replacedBy);
        }
        return result;
    }

    /**
     * The sides of a mutual event: a person and the state they represent are one side ("we" in a
     * leader's quotation is both), never each other's partner; a mutual event with one side has
     * nobody to be mutual with.
     */
    private static List<List<String>> sides(List<String> agents, ResolvedActors actors) {
        Map<String, List<String>> bySide = new LinkedHashMap<>();
        for (String id : agents) {
            String state = actors.actor(id).filter(a -> a.type() == ActorType.PERSON).map(Actor::represents)
                    .filter(agents::contains).orElse(id);
            bySide.computeIfAbsent(state, k -> new ArrayList<>()).add(id);
        }
        return new ArrayList<>(bySide.values());
    }

    /**
     * A clash that may come between two parties ("could lead to a direct conflict between Russia
     * and NATO") is a fear about both, not an act of either: a mutual hostile event (CAMEO 13-20)
     * that is only hypothetical has no agent to give it.
     */
    private static boolean isFearedClash(EventDraft d) {
        return d.modality == Modality.HYPOTHETICAL && Integer.parseInt(d.root()) >= 13;
    }

    /**
     * A person who resigns yields power to the country (CAMEO 0831: "the target can either be the
     * challenger(s) or the country as a whole"): with nobody else named, the state the person
     * represents is the target, not a second agent.
     */
    private static boolean relinquishesPower(EventDraft d, ResolvedActors actors) {
        if (!d.code.startsWith("083") || !d.otherSide().isEmpty()) return false;
        List<String> states = d.agents.stream().map(actors::actor).flatMap(Optional::stream)
                .filter(a -> a.type() == ActorType.PERSON && a.represents() != null)
                .map(Actor::represents).distinct().toList();
        if (states.isEmpty()) return false;
        d.targets = new ArrayList<>(states);
        return true;
    }

    /**
     * Demands, disapproval and rejections (CAMEO 10-12) are addressed to someone: "criticized his
     * criminal prosecutions", "demanded democracy", "rejected the claims" name nobody who is
     * criticized or asked, and say nothing a coder could place between actors (2 of the 64 such
     * events of the development and sample gold have no other side).
     */
    private static boolean isAddressedToNobody(EventDraft d) {
        return VERBAL_CONFLICT_ROOTS.contains(d.root());
    }

    /**
     * A protest against nobody named is a crowd's act (CAMEO 14: demonstrations, rallies, strikes);
     * a state or a politician that "demonstrates" or "protests" alone shows resolve or complains,
     * which the gold codes elsewhere, so such an event needs a group among its agents, or a body of
     * people that is no organ of government ("the Writers Guild went on strike"; "the ministry
     * protested" is a complaint).
     */
    private static boolean isProtestByNoGroup(EventDraft d, ResolvedActors actors) {
        return d.root().equals("14") && d.agents.stream().noneMatch(id -> id.startsWith(org.newsgraph.model.ActorIds.GROUP_PREFIX)
                || isBodyOfPeople(id, actors));
    }

    private static boolean isBodyOfPeople(String id, ResolvedActors actors) {
        return actors.actor(id).filter(a -> a.type() == ActorType.ORGANIZATION && a.wikidata() == null)
                .map(a -> !GOVERNMENT_BODY_HEADS.contains(headWord(a.label())))
                .orElse(false);
    }

    /** "Union" of "National Union of Teachers", "Agency" of "Federal Agency for Technical Relief", "Ministry" of "Foreign Ministry". */
    private static String headWord(String label) {
        String name = label.split("\\s+(of|for|on|in)\\s+")[0].strip();
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Syrian rebels attacked the Syrian army", "Republicans criticized Biden": a state the doers belong to without being its organs (rebels, protesters, an opposition) is not
     * among the doers when the other side is that state or one of its organs (its army, police,
     * government, officials); the state stays on the other side, as CAMEO codes SYRREB against SYRMIL.
     */
    private static boolean risesAgainst(String state, List<String> namedAgents, List<String> namedOtherSide,
                                        ResolvedActors actors) {
        if (namedAgents.contains(state) || !actors.isState(state)) return false;
        List<String> members = namedAgents.stream().filter(id -> stateOf(id, actors).filter(state::equals).isPresent()).toList();
        boolean noOrgans = !members.isEmpty() && members.stream().allMatch(id -> standsOutsideTheState(id, actors));
        boolean facesItsState = namedOtherSide.contains(state) || namedOtherSide.stream()
                .anyMatch(id -> stateOf(id, actors).filter(state::equals).isPresent() && isOrganOf(id, actors));
        return noOrgans && facesItsState;
    }

    /** The state a person represents or a group or body belongs to. */
    private static Optional<String> stateOf(String id, ResolvedActors actors) {
        return actors.actor(id).map(a -> switch (a.type()) {
            case PERSON -> a.represents();
            case ORGANIZATION -> a.partOf();
            case STATE -> null;
        });
    }

    /**
     * A group that is no organ of its state: in the Phoenix agent dictionary's sectors of rebels,
     * opposition, unidentified armed forces, parties, civilians, people, students and workers
     * ("Syrian rebels", "Sudanese protesters", "Haitian gangs"), or a party or movement by its name.
     */
    private static boolean standsOutsideTheState(String id, ResolvedActors actors) {
        return actors.actor(id).filter(a -> a.type() != ActorType.PERSON).map(a -> {
            String head = headWord(a.label());
            return head.equals("party") || head.equals("parties") || head.equals("movement")
                    || AgentLexicon.shared().sectorOfName(a.label()).filter(sector -> NON_STATE_SECTORS.stream()
                    .anyMatch(sector::startsWith)).isPresent();
        }).orElse(false);
    }

    /** A person acting for a state, or a body of its government ("Syrian army", "Sudanese police"). */
    private static boolean isOrganOf(String id, ResolvedActors actors) {
        return actors.actor(id).map(a -> a.type() == ActorType.PERSON
                || GOVERNMENT_BODY_HEADS.contains(headWord(a.label()))).orElse(false);
    }

    private static List<String> withRepresentedStates(List<String> ids, ResolvedActors actors) {
        List<String> all = new ArrayList<>(ids);
        // A person brings the state it represents along; a group or a body named with its state brings
        // the state too, as CAMEO codes "Ukrainian civilians" UKRCVL and "the Russian defence ministry" RUSGOV.
        for (String id : ids) {
            stateOf(id, actors).filter(state -> !all.contains(state)).ifPresent(all::add);
        }
        return all;
    }

    private static EventDraft follow(EventDraft d, Map<EventDraft, EventDraft> replacedBy) {
        EventDraft current = d;
        for (int i = 0; i < 5 && replacedBy.containsKey(current); i++) current = replacedBy.get(current);
        return current;
    }
}
