package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Modality;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;

/**
 * An actor saying that another one attacked or seized something ("the ministry said the rebels
 * had shelled the town") accuses it: CAMEO 112, from the speaker to the act's agents. Only acts
 * reported as done, by a verb, and by someone else than the speaker's own side.
 */
final class StatedAccusations {
    private static final double CONFIDENCE = 0.5;
    private static final Set<String> HOSTILE_ROOTS = Set.of("17", "18", "19", "20");
    private static final String ACCUSE = "112";
    private static final String REPORT = "report";

    private final SpeakerSides speakers;

    StatedAccusations(SpeakerSides speakers) {
        this.speakers = speakers;
    }

    List<EventDraft> derive(List<EventDraft> drafts, List<Statement> statements, ResolvedActors actors,
                            RoleFinder roles) {
        List<EventDraft> derived = new ArrayList<>();
        for (EventDraft act : drafts) {
            if (act.derived || act.agents.isEmpty() || !HOSTILE_ROOTS.contains(act.root()) || act.modality != Modality.ASSERTED) {
                continue;
            }
            String tag = act.sentence.token(act.trigger).pos();
            if (!tag.equals("VBD") && !tag.equals("VBN")) continue;
            Optional<String> speaker = speakers.reporter(act, roles);
            if (speaker.isEmpty() || SpeakerSides.speaksFor(speaker.get(), act.agents, actors)) continue;
            int statement = StatementLinker.statementOf(act, statements);
            if (statement >= 0 && isPressReport(statements.get(statement), actors)) continue;
            EventDraft accusation = new EventDraft(act.sentence, act.trigger, act.lemma, ACCUSE,
                    new Roles(List.of(speaker.get()), act.agents, List.of(), false), act.reading, Modality.ASSERTED,
                    false, CONFIDENCE);
            accusation.derived = true;
            accusation.statement = statement;
            derived.add(accusation);
        }
        return derived;
    }

    /**
     * "Israeli airstrikes hit targets in Lebanon, the Associated Press reported": the press reports
     * what it learned, it accuses no one. A report by an organization of no state is taken for the
     * press's (a state's ministry that reports an attack still accuses).
     */
    private static boolean isPressReport(Statement statement, ResolvedActors actors) {
        return REPORT.equals(statement.cue()) && statement.speaker() != null
                && actors.actor(statement.speaker())
                        .map(a -> a.type() == ActorType.ORGANIZATION && a.partOf() == null).orElse(false);
    }
}
