package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.event.modality.CueEffect;
import org.newsgraph.model.Modality;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;

/**
 * An actor saying that its own side could or will cooperate ("Yoon indicated that Seoul could
 * provide lethal aid to Ukraine") expresses an intent to cooperate: CAMEO 03, derived from the
 * act for the speaker; saying that it will not ("said he would not provide support") is a refusal,
 * CAMEO 12. Threats and conditional acts are not offers. Saying that its own side will or would use
 * force, coerce or cut ties ("said it would attack South Korea if provoked", "vowed that his troops
 * will neutralise the attackers") is a threat, CAMEO 13, coded with modality conditional as the
 * codebook's future-tense threats are.
 */
final class StatedIntentions {
    private static final double CONFIDENCE = 0.55;
    private static final Set<String> COOPERATION_ROOTS = Set.of("04", "05", "06", "07", "08");
    private static final Set<String> FORCE_ROOTS = Set.of("15", "16", "17", "18", "19", "20");

    private final SpeakerSides speakers;

    StatedIntentions(SpeakerSides speakers) {
        this.speakers = speakers;
    }

    List<EventDraft> derive(List<EventDraft> drafts, List<Statement> statements, ResolvedActors actors,
                            RoleFinder roles) {
        List<EventDraft> derived = new ArrayList<>();
        for (EventDraft act : drafts) {
            boolean force = FORCE_ROOTS.contains(act.root());
            if (act.derived || !COOPERATION_ROOTS.contains(act.root()) && !force || act.otherSide().isEmpty()) continue;
            boolean refusal = !force && act.modality == Modality.NEGATED && (act.reading.planned() || act.reading.hypothetical());
            boolean conditional = force && act.modality == Modality.CONDITIONAL;
            if (act.modality != Modality.PLANNED && act.modality != Modality.HYPOTHETICAL && !refusal && !conditional) continue;
            if (force && alreadyThreatened(act, drafts)) continue;
            // "warned that it would destroy South Korea", "vowed that his troops will neutralise the
            // attackers": a warning or a vow of one's own force is a threat whether or not it names a
            // condition (a warning of anything else is one only with it)
            if (act.reading.wrappers().stream().anyMatch(w -> w.effect() != CueEffect.PLANNED
                    && w.effect() != CueEffect.HYPOTHETICAL
                    && !(force && (w.effect() == CueEffect.THREAT || w.effect() == CueEffect.INTENT)))) {
                continue;
            }
            int index = StatementLinker.statementOf(act, statements);
            Optional<String> speaker = speakers.reporter(act, roles)
                    .or(() -> index < 0 ? Optional.empty() : Optional.ofNullable(statements.get(index).speaker()));
            if (speaker.isEmpty() || !SpeakerSides.speaksFor(speaker.get(), act.agents, actors)) continue;
            String code = force ? CameoFamilies.threatOf(act.code)
                    : refusal ? CameoFamilies.rejectionOf(act.code) : CameoFamilies.intentOf(act.code);
            EventDraft statement = new EventDraft(act.sentence, act.trigger, act.lemma, code,
                    new Roles(List.of(speaker.get()), act.otherSide(), List.of(), false), act.reading,
                    force ? Modality.CONDITIONAL : Modality.ASSERTED, false, CONFIDENCE);
            statement.derived = true;
            statement.statement = index;
            derived.add(statement);
        }
        return derived;
    }

    /** A threat word already codes it ("threatened to attack", "warned that … would strike"). */
    private static boolean alreadyThreatened(EventDraft act, List<EventDraft> drafts) {
        return act.reading.wrappers().stream().anyMatch(w -> CommitmentEvents.isThreatWord(act, w.word(), drafts));
    }
}
