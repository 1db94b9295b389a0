package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final WordClasses classes;
    private final ModalityFinder modalities;

    ThreatCompletion(WordClasses classes, ModalityFinder modalities) {
        this.classes = classes;
        this.modalities = modalities;
    }

    /** Completes the threats among the drafts; drops warnings that threaten no conditional act of the warner's. */
    void complete(List<EventDraft> drafts, ActorReferences references) {
        // "warned that … if you are driving" is advice; a warning is a threat only when what it announces is
        // an event found in the text that depends on a condition.
        drafts.removeIf(d -> d.entry != null && d.entry.conditionalOnly()
                && threatenedBy(d, drafts).stream().noneMatch(e -> e.modality == Modality.CONDITIONAL));
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
            if (deterred.isEmpty()) deterred.addAll(conditionOfComplement(threat, drafts));
            if (deterred.isEmpty()) {
                deterred.addAll(opposed(threat.sentence, threat.trigger, references));
                threatened.forEach(event -> deterred.addAll(opposed(event.sentence, event.trigger, references)));
            }
            // "threatened to attack Israel": with no one to deter named, whoever the threatened act
            // is aimed at (its target; not whom it would arm or give to, "threatened to arm X")
            if (deterred.isEmpty()) threatened.forEach(event -> deterred.addAll(event.targets));
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
     * has no condition of its own: "threatened to respond if the United States imposes sanctions".
     */
    private List<String> conditionOfComplement(EventDraft threat, List<EventDraft> drafts) {
        ParsedSentence s = threat.sentence;
        List<String> ids = new ArrayList<>();
        for (int complement : s.children(threat.trigger, "xcomp")) {
            for (Dependency d : s.children(complement)) {
                if (!d.relation().startsWith("advcl") || !modalities.isConditionClause(s, d.dependent())) continue;
                Map<Integer, Integer> under = ConditionLinker.depthsUnder(s, d.dependent());
                drafts.stream().filter(e -> e != threat && e.sentence == s && !e.derived && under.containsKey(e.trigger))
                        .forEach(e -> ids.addAll(e.agents));
            }
        }
        return ids;
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
