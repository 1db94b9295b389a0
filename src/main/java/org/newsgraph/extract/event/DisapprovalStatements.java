package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Modality;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A statement that judges another actor's conduct in words of disapproval ("Seoul has taken a
 * rather unfriendly position", said the spokesman) is CAMEO 111 criticize: speaker → the actor
 * the judgement is about, the subject of the clause holding the word.
 */
final class DisapprovalStatements {
    private static final double CONFIDENCE = 0.6;
    private static final int MAX_CLIMB = 4;
    private static final String CODE = "111";

    private final WordClasses classes;
    private final ModalityFinder modalities;

    DisapprovalStatements(WordClasses classes, ModalityFinder modalities) {
        this.classes = classes;
        this.modalities = modalities;
    }

    List<EventDraft> find(ParsedSentence s, List<Statement> statements, ActorReferences references,
                          ResolvedActors actors) {
        List<EventDraft> found = new ArrayList<>();
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            if (statement.speaker() == null || !overlaps(statement.span(), s)) continue;
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!inside(statement.span(), t) || !classes.is(t.lemma(), "disapproval")) continue;
                List<String> judged = judgedActors(s, i, statement, references, actors);
                if (judged.isEmpty() || modalities.isNegated(s, i)) continue;
                EventDraft draft = new EventDraft(s, i, t.lemma().toLowerCase(Locale.ROOT), CODE,
                        new Roles(List.of(statement.speaker()), judged, List.of(), false),
                        modalities.read(s, i), Modality.ASSERTED, false, CONFIDENCE);
                draft.statement = index;
                found.add(draft);
                break;
            }
        }
        return found;
    }

    /** The subject of the nearest clause above the word, inside the statement, minus the speaker's own side. */
    private List<String> judgedActors(ParsedSentence s, int word, Statement statement, ActorReferences references,
                                      ResolvedActors actors) {
        Set<String> ownSide = ownSide(statement.speaker(), actors);
        int node = word;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            for (Dependency d : s.children(node)) {
                if (!d.relation().equals("nsubj") || !inside(statement.span(), s.token(d.dependent()))) continue;
                Set<String> ids = new LinkedHashSet<>(references.resolve(s, d.dependent()));
                ids.removeAll(ownSide);
                if (!ids.isEmpty()) return new ArrayList<>(ids);
            }
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) break;
            node = parent.get().governor();
            if (!inside(statement.span(), s.token(node))) break;
        }
        return List.of();
    }

    private static Set<String> ownSide(String speaker, ResolvedActors actors) {
        Set<String> side = new LinkedHashSet<>(List.of(speaker));
        actors.actor(speaker).ifPresent(a -> {
            if (a.represents() != null) side.add(a.represents());
            if (a.partOf() != null) side.add(a.partOf());
            if (a.memberOf() != null) side.add(a.memberOf());
        });
        return side;
    }

    private static boolean overlaps(Span span, ParsedSentence s) {
        return span.begin() < s.sentence().end() && s.sentence().begin() < span.end();
    }

    private static boolean inside(Span span, Token t) {
        return span.begin() <= t.begin() && t.begin() < span.end();
    }
}
