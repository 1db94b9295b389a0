package org.newsgraph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.Dependency;

/**
 * Codes an appeal or a demand by the act it asks for, as the codebook's branches do: "urged
 * Johnson to resign" is 0241 appeal for change in leadership, "demanded that Russia withdraw its
 * troops" 1056 demand de-escalation. The act is the clause the appeal's word governs, done by the
 * one appealed to ("urged Russia to negotiate with Ukraine": Russia negotiates), and coded by the
 * trigger dictionary whatever else it names (the prisoners to release need not be actors). An appeal
 * or demand already coded more precisely by its own entry keeps its code.
 */
final class RequestedActs {
    private static final String APPEAL = "020";
    private static final String DEMAND = "100";
    private static final Set<String> REQUESTED = Set.of("xcomp", "ccomp", "advcl:to", "obl:into", "advcl:into");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "nsubj:pass");

    private final TriggerEvents triggers;

    RequestedActs(TriggerEvents triggers) {
        this.triggers = triggers;
    }

    void recode(List<EventDraft> drafts, ActorReferences references) {
        List<EventDraft> requests = drafts.stream().filter(d -> d.root().equals("02") || d.root().equals("10")).toList();
        for (EventDraft request : requests) {
            if (!request.code.equals(APPEAL) && !request.code.equals(DEMAND)) continue;
            requestedCode(request, references).ifPresent(act -> request.code = request.code.equals(APPEAL)
                    ? CameoFamilies.appealOf(act) : CameoFamilies.demandOf(act));
        }
        // What is asked of someone is the appeal's content, not an event of its own ("urged the US to
        // lift sanctions": the US has lifted nothing); the codebook codes the appeal alone.
        drafts.removeIf(act -> !act.derived && act.modality != Modality.ASSERTED
                && requests.stream().anyMatch(request -> request != act && isAskedOf(act, request)));
    }

    private static boolean isAskedOf(EventDraft act, EventDraft request) {
        return act.sentence == request.sentence
                && act.reading.wrappers().stream().findFirst().map(w -> w.word() == request.trigger).orElse(false)
                && act.agents.stream().anyMatch(request.otherSide()::contains);
    }

    private Optional<String> requestedCode(EventDraft request, ActorReferences references) {
        ParsedSentence s = request.sentence;
        for (Dependency d : s.children(request.trigger)) {
            if (!REQUESTED.contains(d.relation()) || !isDoneByAddressee(s, d.dependent(), request, references)) continue;
            Optional<String> code = triggers.codeAt(s, d.dependent());
            if (code.isPresent()) return code;
        }
        return Optional.empty();
    }

    private static boolean isDoneByAddressee(ParsedSentence s, int act, EventDraft request, ActorReferences references) {
        for (Dependency d : s.children(act)) {
            if (!SUBJECTS.contains(d.relation())) continue;
            if (references.resolve(s, d.dependent()).stream().anyMatch(request.otherSide()::contains)) return true;
        }
        return false;
    }
}
