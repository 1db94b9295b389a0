package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.link.ResolvedActors;
import org.newsgraph.nlp.Dependency;

/**
 * An actor saying that its own side could or will cooperate ("Yoon indicated that Seoul could
 * provide lethal aid to Ukraine") expresses an intent to cooperate: CAMEO 03, derived from the
 * act for the speaker; saying that it will not ("said he would not provide support") is a refusal,
 * CAMEO 12. Threats and conditional acts are not offers.
 */
final class StatedIntentions {
    private static final double CONFIDENCE = 0.55;
    private static final int MAX_CLIMB = 5;
    private static final Set<String> COOPERATION_ROOTS = Set.of("04", "05", "06", "07", "08");

    private final WordList reportingVerbs;

    StatedIntentions(WordList reportingVerbs) {
        this.reportingVerbs = reportingVerbs;
    }

    List<EventDraft> derive(List<EventDraft> drafts, List<Statement> statements, ResolvedActors actors,
                            RoleFinder roles) {
        List<EventDraft> derived = new ArrayList<>();
        for (EventDraft act : drafts) {
            if (act.derived || !COOPERATION_ROOTS.contains(act.root()) || act.otherSide().isEmpty()) continue;
            boolean refusal = act.modality == Modality.NEGATED && (act.reading.planned() || act.reading.hypothetical());
            if (act.modality != Modality.PLANNED && act.modality != Modality.HYPOTHETICAL && !refusal) continue;
            if (act.reading.wrappers().stream().anyMatch(w -> w.effect() != CueEffect.PLANNED
                    && w.effect() != CueEffect.HYPOTHETICAL)) {
                continue;
            }
            int index = StatementLinker.statementOf(act, statements);
            Optional<String> speaker = reportingSubject(act, roles, reportingVerbs)
                    .or(() -> index < 0 ? Optional.empty() : Optional.ofNullable(statements.get(index).speaker()));
            if (speaker.isEmpty() || !speaksFor(speaker.get(), act.agents, actors)) continue;
            String code = refusal ? CameoFamilies.rejectionOf(act.code) : CameoFamilies.intentOf(act.code);
            EventDraft intent = new EventDraft(act.sentence, act.trigger, act.lemma, code,
                    new Roles(List.of(speaker.get()), act.otherSide(), List.of(), false), act.reading,
                    Modality.ASSERTED, false, CONFIDENCE);
            intent.derived = true;
            intent.statement = index;
            derived.add(intent);
        }
        return derived;
    }

    /** The subject of the verb of saying whose clause holds the act: "he indicated that Seoul could …". */
    static Optional<String> reportingSubject(EventDraft act, RoleFinder roles, WordList reportingVerbs) {
        ParsedSentence s = act.sentence;
        int node = act.trigger;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return Optional.empty();
            int governor = parent.get().governor();
            String r = parent.get().relation();
            if ((r.equals("ccomp") || r.equals("parataxis")) && reportingVerbs.contains(s.token(governor).lemma())) {
                return roles.subjectOf(s, governor).stream().findFirst();
            }
            node = governor;
        }
        return Optional.empty();
    }

    /** The speaker is one of the agents, or the state or body one of them belongs to, or stands for one. */
    static boolean speaksFor(String speaker, List<String> agents, ResolvedActors actors) {
        List<String> speakerSide = side(speaker, actors);
        for (String agent : agents) {
            if (side(agent, actors).stream().anyMatch(speakerSide::contains)) return true;
        }
        return false;
    }

    private static List<String> side(String actorId, ResolvedActors actors) {
        List<String> side = new ArrayList<>(List.of(actorId));
        actors.actor(actorId).ifPresent(a -> {
            side.add(a.represents());
            side.add(a.partOf());
        });
        return side.stream().filter(Objects::nonNull).toList();
    }
}
