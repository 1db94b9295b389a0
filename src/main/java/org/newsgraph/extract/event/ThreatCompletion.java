package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.Dependency;

/**
 * Completes threats from what is threatened: the code (threatening to attack or to arm is 138)
 * and, when the text names no target, the actor the threat is meant to deter — the agent of its
 * condition ("threatened to arm X if Seoul sends arms": Seoul; "threatened to respond if the
 * United States imposes sanctions", where the response is no event of its own), the object of its purpose
 * ("threatened to arm X to counter Seoul"), or else the target of the act threatened
 * ("threatened to attack Israel").
 */
final class ThreatCompletion {
    /** Where a verb's direct objects hang. */
    private static final Set<String> ACTED_ON = Set.of("obj", "iobj");
    /** How whom an object is for hangs from it: "supplies to Germany", "support for Draghi". */
    private static final Set<String> FOR_WHOM = Set.of("nmod:for", "nmod:to", "nmod:against");
    private final WordClasses classes;
    private final ModalityFinder modalities;

    ThreatCompletion(WordClasses classes, ModalityFinder modalities) {
        this.classes = classes;
        this.modalities = modalities;
    }

    /** Completes the threats among the drafts; drops warnings that threaten no conditional act of the warner's. */
    void complete(List<EventDraft> drafts, ActorReferences references) {
        // "warned that … if you are driving" is advice; a warning is a threat only when what it announces is
        // an event found in the text that depends on a condition, or the warner's own act on a condition
        // another actor would meet ("warned that it would respond if NATO deploys troops").
        drafts.removeIf(d -> d.entry != null && d.entry.conditionalOnly()
                && threatenedBy(d, drafts).stream().noneMatch(e -> e.modality == Modality.CONDITIONAL)
                && !warnsOfOwnAct(d, drafts, references));
        for (EventDraft threat : drafts) {
            if (!threat.root().equals("13")) continue;
            List<EventDraft> threatened = threatenedBy(threat, drafts);
            if (threat.code.equals("130") && !threatened.isEmpty()) {
                threat.code = CameoFamilies.threatOf(threatened.get(0).code);
            }
            if (!threat.otherSide().isEmpty()) continue;
            List<String> deterred = new ArrayList<>();
            if (threat.condition != null) deterred.addAll(threat.condition.agents);
            for (EventDraft event : threatened) {
                if (event.condition != null) deterred.addAll(event.condition.agents);
            }
            if (deterred.isEmpty()) deterred.addAll(conditionOfComplement(threat, drafts, references));
            if (deterred.isEmpty()) {
                deterred.addAll(opposed(threat.sentence, threat.trigger, references));
                threatened.forEach(event -> deterred.addAll(opposed(event.sentence, event.trigger, references)));
            }
            // "threatened to attack Israel": with no one to deter named, whoever the threatened act
            // is aimed at (its target; not whom it would arm or give to, "threatened to arm X")
            if (deterred.isEmpty()) threatened.forEach(event -> deterred.addAll(event.targets));
            if (deterred.isEmpty() && threatened.isEmpty()) deterred.addAll(actedOnInComplement(threat, references));
            deterred.removeAll(threat.agents);
            threat.targets = deterred.stream().distinct().toList();
        }
    }

    /** Events governed by the threat's trigger ("threatened to arm", "warned that … would supply"). */
    private static List<EventDraft> threatenedBy(EventDraft threat, List<EventDraft> drafts) {
        return drafts.stream()
                .filter(d -> d != threat && d.reading.wrappers().stream().anyMatch(w -> w.word() == threat.trigger))
                .toList();
    }

    /**
     * The doers of the events of an if-clause under what is threatened, when that is no event and so
     * has no condition of its own: "threatened to respond if the United States imposes sanctions";
     * where the clause holds no event, its subject ("if Finland joins NATO": Finland).
     */
    private List<String> conditionOfComplement(EventDraft threat, List<EventDraft> drafts, ActorReferences references) {
        ParsedSentence s = threat.sentence;
        List<String> ids = new ArrayList<>();
        for (int complement : complements(s, threat.trigger)) {
            for (Dependency d : s.children(complement)) {
                if (!d.relation().startsWith("advcl") || !modalities.isConditionClause(s, d.dependent())) continue;
                Map<Integer, Integer> under = ConditionLinker.depthsUnder(s, d.dependent());
                List<String> doers = new ArrayList<>();
                drafts.stream().filter(e -> e != threat && e.sentence == s && !e.derived && under.containsKey(e.trigger))
                        .forEach(e -> doers.addAll(e.agents));
                if (doers.isEmpty()) {
                    for (int subject : s.children(d.dependent(), "nsubj")) doers.addAll(references.resolve(s, subject));
                }
                ids.addAll(doers);
            }
        }
        return ids;
    }

    /**
     * Whom an act threatened that the dictionaries do not code is aimed at: the actors its verb acts
     * on or toward, and those its object is for or to ("threatened to cut gas supplies to Germany",
     * "threatened to pull out of the coalition with Draghi's party", "threatened to sue Apple").
     * Only under "threaten" itself: what a warning announces is often no act of the warner's.
     */
    private static List<String> actedOnInComplement(EventDraft threat, ActorReferences references) {
        ParsedSentence s = threat.sentence;
        List<String> ids = new ArrayList<>();
        if (!s.token(threat.trigger).lemma().equals("threaten")) return ids;
        for (int verb : s.children(threat.trigger, "xcomp")) {
            for (Dependency d : s.children(verb)) {
                if (!ACTED_ON.contains(d.relation()) && !d.relation().startsWith("obl:")) continue;
                ids.addAll(references.resolve(s, d.dependent()));
                for (Dependency n : s.children(d.dependent())) {
                    if (FOR_WHOM.contains(n.relation())) ids.addAll(references.resolve(s, n.dependent()));
                }
            }
        }
        return ids;
    }

    /** What a threat word announces: "threatened to respond", "warned that it would respond". */
    private static List<Integer> complements(ParsedSentence s, int trigger) {
        List<Integer> found = new ArrayList<>(s.children(trigger, "xcomp"));
        found.addAll(s.children(trigger, "ccomp"));
        return found;
    }

    /**
     * A warning that the warner itself will act ("it would respond") if another actor does something:
     * the warner's side is the subject of what it announces, and the doer of the condition under it
     * (see {@link #conditionOfComplement}) is another.
     */
    private boolean warnsOfOwnAct(EventDraft warning, List<EventDraft> drafts, ActorReferences references) {
        ParsedSentence s = warning.sentence;
        boolean own = false;
        for (int complement : s.children(warning.trigger, "ccomp")) {
            for (int subject : s.children(complement, "nsubj")) {
                own |= references.resolve(s, subject).stream().anyMatch(warning.agents::contains);
            }
        }
        return own && conditionOfComplement(warning, drafts, references).stream().anyMatch(id -> !warning.agents.contains(id));
    }

    /** The object of a purpose clause of opposition under the word: "… to counter South Korea". */
    private List<String> opposed(ParsedSentence s, int word, ActorReferences references) {
        List<String> ids = new ArrayList<>();
        for (Dependency d : s.children(word)) {
            boolean purpose = d.relation().startsWith("advcl") || d.relation().equals("xcomp");
            if (!purpose || !classes.is(s.token(d.dependent()).lemma(), "opposing")) continue;
            for (int object : s.children(d.dependent(), "obj")) ids.addAll(references.resolve(s, object));
        }
        return ids;
    }
}
