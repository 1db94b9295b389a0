package org.newsgraph.extract.event.modality;

import java.util.List;
import org.newsgraph.model.Modality;

/**
 * What the words around a trigger say about how its event is asserted.
 *
 * @param negated       a negation applies ("has not taken any efforts to provide")
 * @param conditionHead head word of an if-clause the event depends on, or -1
 * @param antecedent    the event is itself inside an if-clause (part of a condition)
 * @param hypothetical  a modal or cue makes it merely possible
 * @param planned       a modal or cue makes it announced or intended
 * @param wrappers      cue words above the trigger that govern it (intent, refusal, threat, …), nearest first
 */
public record ModalityReading(boolean negated, int conditionHead, boolean antecedent, boolean hypothetical,
                       boolean planned, List<Wrapper> wrappers) {
    public ModalityReading {
        wrappers = List.copyOf(wrappers);
    }

    /** A cue word governing the trigger. */
    public record Wrapper(int word, CueEffect effect) {
    }

    boolean conditional() {
        return conditionHead >= 0 || antecedent;
    }

    /** Negation first, then condition, then possibility, then plan; asserted when nothing applies. */
    public Modality modality() {
        if (negated) return Modality.NEGATED;
        if (conditional()) return Modality.CONDITIONAL;
        return withoutCondition();
    }

    /** The modality when an if-clause is ignored: a threat made on a condition is still made. */
    public Modality withoutCondition() {
        if (negated) return Modality.NEGATED;
        if (hypothetical) return Modality.HYPOTHETICAL;
        if (planned) return Modality.PLANNED;
        return Modality.ASSERTED;
    }
}
