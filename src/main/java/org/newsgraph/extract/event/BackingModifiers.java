package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.Dependency;

/**
 * "Iran-backed Hezbollah", "Russian-funded separatists", "U.S.-armed rebels": a participle of support
 * in front of an actor, with its backer joined by a hyphen, states that the backer supports the actor
 * (070 aid; 071 when funded, 072 when armed). CoreNLP splits such a word into the backer (an oblique
 * of the participle) and the participle (a modifier of the actor's noun); no trigger row can reach
 * the noun above the participle, so the pattern is read here.
 */
final class BackingModifiers {
    private static final double CONFIDENCE = 0.7;
    private static final Map<String, String> CODES = Map.of(
            "back", "070", "support", "070", "sponsor", "070", "fund", "071", "finance", "071", "arm", "072");

    private final ModalityFinder modalities;

    BackingModifiers(ModalityFinder modalities) {
        this.modalities = modalities;
    }

    List<EventDraft> find(ParsedSentence s, ActorReferences references) {
        List<EventDraft> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String code = CODES.get(s.token(i).lemma().toLowerCase(Locale.ROOT));
            if (code == null || !s.token(i).pos().equals("VBN")) continue;
            for (Dependency modified : s.parents(i)) {
                if (!modified.relation().equals("amod") || modified.governor() < 0) continue;
                List<String> backers = backers(s, i, references);
                // the participle modifies one noun: "Iran-backed Hamas and Israel" backs Hamas alone
                List<String> backed = references.resolveWithoutConjuncts(s, modified.governor());
                if (backers.isEmpty() || backed.isEmpty()) continue;
                found.add(new EventDraft(s, i, s.token(i).lemma().toLowerCase(Locale.ROOT), code,
                        new Roles(backers, List.of(), backed, false), modalities.read(s, i), Modality.ASSERTED,
                        false, CONFIDENCE));
            }
        }
        return found;
    }

    /** The word joined to the participle by a hyphen before it: "Iran" of "Iran-backed". */
    private static List<String> backers(ParsedSentence s, int participle, ActorReferences references) {
        if (participle < 2 || !s.token(participle - 1).word().equals("-")) return List.of();
        int backer = participle - 2;
        boolean attached = s.parents(backer).stream().anyMatch(d -> d.governor() == participle);
        return attached ? references.resolve(s, backer) : List.of();
    }
}
