package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.event.modality.CueEffect;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.extract.event.modality.ModalityReading;
import org.newsgraph.model.Modality;

/**
 * Derives the CAMEO events of committing to or refusing an act from the act itself: "willing to
 * provide military aid" adds 0332 express intent to provide military aid; "refused to provide
 * weapons" adds 1222 reject request for military aid. The committing actor is the cue's subject.
 */
final class CommitmentEvents {
    private static final double DERIVED_CONFIDENCE = 0.6;
    /** Protest, coercion, assault, fight, mass violence. */
    private static final Set<String> FORCE_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

    private final ModalityFinder modalities;
    private final EventDateFinder dates = new EventDateFinder();

    CommitmentEvents(ModalityFinder modalities) {
        this.modalities = modalities;
    }

    List<EventDraft> derive(List<EventDraft> drafts, RoleFinder roles) {
        List<EventDraft> derived = new ArrayList<>();
        for (EventDraft act : drafts) {
            if (act.root().equals("03") || act.root().equals("12") || act.root().equals("13")) continue;
            Optional<ModalityReading.Wrapper> cue = committingCue(act);
            if (cue.isEmpty()) continue;
            // "vowed to attack Israel": an intent to use force is a threat (13x), not one of the
            // cooperative intents of family 03; a threat word already codes it ("threatened to attack")
            boolean threat = cue.get().effect() == CueEffect.INTENT && FORCE_ROOTS.contains(act.root());
            if (threat && isThreatWord(act, cue.get().word(), drafts)) continue;
            EventDraft commitment = commitment(act, cue.get(), roles);
            // the one who vows force is the one who would use it ("pledged to fight"), not a reader
            // of a misparsed clause ("were open to China's model, … the crackdown")
            if (threat && commitment.agents.stream().noneMatch(act.agents::contains)) continue;
            if (threat) {
                commitment.code = CameoFamilies.threatOf(act.code);
                // the gold's and the codebook's future-tense threats: what is threatened has not happened
                commitment.modality = commitment.modality == Modality.NEGATED ? Modality.NEGATED : Modality.CONDITIONAL;
            }
            derived.add(commitment);
        }
        return derived;
    }

    /**
     * The nearest cue above the act when it commits to or refuses it; a request, demand or proposal
     * between them is what is accepted or refused ("rejected a proposal to send jets" refuses the
     * sending, "agreed to a request for talks" commits to them), any other cue (a plan, a possibility)
     * qualifies the act first and nothing is derived.
     */
    private static Optional<ModalityReading.Wrapper> committingCue(EventDraft act) {
        for (ModalityReading.Wrapper w : act.reading.wrappers()) {
            if (w.effect() == CueEffect.INTENT || w.effect() == CueEffect.REJECT) return Optional.of(w);
            if (w.effect() != CueEffect.REQUEST) return Optional.empty();
        }
        return Optional.empty();
    }

    private EventDraft commitment(EventDraft act, ModalityReading.Wrapper cue, RoleFinder roles) {
        ParsedSentence s = act.sentence;
        boolean intent = cue.effect() == CueEffect.INTENT;
        List<String> agents = roles.subjectOf(s, cue.word());
        if (agents.isEmpty()) agents = act.agents;
        ModalityReading reading = modalities.read(s, cue.word());
        // "would be willing": the modal qualifies the willingness, which is expressed now.
        Modality modality = reading.negated() ? Modality.NEGATED
                : reading.antecedent() || act.reading.antecedent() ? Modality.CONDITIONAL
                : reading.wrappers().isEmpty() ? Modality.ASSERTED : reading.withoutCondition();
        String code = intent ? CameoFamilies.intentOf(act.code) : CameoFamilies.rejectionOf(act.code);
        EventDraft draft = new EventDraft(s, cue.word(), s.token(cue.word()).lemma().toLowerCase(Locale.ROOT),
                code, new Roles(agents, act.otherSide(), List.of(), false), reading, modality, false,
                DERIVED_CONFIDENCE);
        draft.derived = true;
        dates.find(s, cue.word()).ifPresent(d -> draft.date = d);
        return draft;
    }

    /**
     * Whether a word of the act's sentence triggers a threat (13) of its own: "threatened" in
     * "threatened to attack" already codes the threat, which the act's cue must not code again.
     */
    static boolean isThreatWord(EventDraft act, int word, List<EventDraft> drafts) {
        return drafts.stream().anyMatch(d -> d != act && d.sentence == act.sentence && d.trigger == word
                && d.root().equals("13"));
    }
}
