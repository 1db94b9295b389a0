package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.extract.event.modality.ModalityReading;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.Dependency;

/** Finds the events signalled by dictionary triggers in one sentence, with roles, code, modality and date. */
final class TriggerEvents {
    private static final double VERB_CONFIDENCE = 0.8;
    private static final double NOUN_CONFIDENCE = 0.7;
    private static final double BORROWED_ROLE_PENALTY = 0.15;

    private final TriggerDictionary dictionary;
    private final WordClasses classes;
    private final ModalityFinder modalities;
    private final AidKindFinder kinds;
    private final EventDateFinder dates = new EventDateFinder();

    TriggerEvents(TriggerDictionary dictionary, WordClasses classes, ModalityFinder modalities) {
        this.dictionary = dictionary;
        this.classes = classes;
        this.modalities = modalities;
        this.kinds = new AidKindFinder(classes);
    }

    List<EventDraft> find(ParsedSentence s, RoleFinder roleFinder, LocalDate articleDate) {
        List<EventDraft> drafts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            EventDraft awaiting = null;
            for (Trigger trigger : dictionary.entries(s, i)) {
                EventDraft draft = draft(s, i, trigger, roleFinder, articleDate);
                if (draft == null) continue;
                if (draft.awaitsOtherSide) {
                    if (awaiting == null) awaiting = draft;
                    continue;
                }
                drafts.add(draft);
                awaiting = null;
                break;
            }
            if (awaiting != null) drafts.add(awaiting);
        }
        return drafts;
    }

    /**
     * The code the word has as the act someone is asked to do, whoever takes part: that of its first
     * entry whose requirements it meets, refusals and conditional warnings aside ("urged Russia to
     * withdraw" asks for what "withdraw" codes, 087).
     */
    Optional<AskedAct> askedAct(ParsedSentence s, int word) {
        for (Trigger entry : dictionary.entriesOfAskedAct(s, word)) {
            if (entry.negatedOnly() || entry.conditionalOnly()) continue;
            Optional<String> code = code(s, word, entry);
            if (code.isPresent()) return Optional.of(new AskedAct(code.get(), entry));
        }
        return Optional.empty();
    }

    /** What someone is asked to do: the act's code and the entry that gives it (and where its doer is). */
    record AskedAct(String code, Trigger entry) {
    }

    /** The entry's code for the word, with the kind of aid named near it; empty when the word does not meet the entry's requirements. */
    private Optional<String> code(ParsedSentence s, int i, Trigger trigger) {
        if (!trigger.requirementsMet(s, i, classes)) return Optional.empty();
        AidKindFinder.AidKind kind = kinds.find(s, i);
        if (trigger.code().needsKind() && !kind.namesAid()) return Optional.empty();
        return Optional.of(trigger.code().code(kind.digit()));
    }

    /** The trigger's event, or null when the word does not meet the entry's conditions here. */
    private EventDraft draft(ParsedSentence s, int i, Trigger trigger, RoleFinder roleFinder, LocalDate articleDate) {
        Optional<String> entryCode = code(s, i, trigger);
        if (entryCode.isEmpty()) return null;
        // "called Erdogan to congratulate him": praise said in a call is done as the call is, by the caller
        OptionalInt contact = CameoFamilies.root(entryCode.get()).equals("05")
                ? ContactPurposes.contactAbove(s, i, classes) : OptionalInt.empty();
        ModalityReading reading = modalities.read(s, contact.orElse(i));
        if (trigger.negatedOnly() && !modalities.isNegated(s, i)) return null;
        if (trigger.conditionalOnly() && !hasConditionInScope(s, i)) return null;
        Roles roles = roleFinder.find(s, i, trigger.roles());
        if (contact.isPresent()) roles = ContactPurposes.rolesOf(s, i, contact.getAsInt(), roles, roleFinder);

        String code = entryCode.get();
        double confidence = (trigger.pos() == 'V' ? VERB_CONFIDENCE : NOUN_CONFIDENCE)
                - (roles.viaPronoun() ? BORROWED_ROLE_PENALTY : 0);
        EventDraft draft = new EventDraft(s, i, trigger.lemma(), code, roles, reading,
                modality(trigger, reading, code), trigger.roles().symmetric(), confidence);
        draft.entry = trigger;
        // Threats get their target later, from their condition or purpose; EventCleanup checks them then.
        boolean targetFoundLater = trigger.code().pattern().startsWith("13");
        // An actor is never its own target ("urged Moscow to withdraw its troops" names nobody else),
        // and an event without the other side it needs must not lend itself to derived events either.
        boolean otherSide = draft.otherSide().stream().anyMatch(a -> !draft.agents.contains(a));
        if (!targetFoundLater && !otherSide && draft.needsOtherSide()) {
            // "Russia's invasion", "its invasion": an event noun with its doer but not its other side may
            // be an act the article names in full elsewhere (EventCoreference)
            if (trigger.pos() != 'N' || draft.agents.isEmpty() || draft.symmetric) return null;
            draft.awaitsOtherSide = true;
        }
        dates.find(s, i).ifPresent(date -> draft.date = date);
        // A present-tense event dated after the article is planned ("meets on Friday"); a past tense
        // or a noun keeps its modality, as SUTime may place a bare month in the wrong year.
        String tag = s.token(i).pos();
        boolean presentVerb = tag.equals("VB") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBG");
        if (presentVerb && draft.modality == Modality.ASSERTED && draft.date != null && articleDate != null
                && draft.date.isAfter(articleDate)) {
            draft.modality = Modality.PLANNED;
        }
        if (draft.modality == Modality.PLANNED) draft.code = CameoFamilies.planned(draft.code);
        return draft;
    }

    /**
     * A refusal written as a negation ("would not comment") is itself asserted; a threat or promise
     * made on a condition is still made (the condition belongs to what is threatened).
     */
    private static Modality modality(Trigger trigger, ModalityReading reading, String code) {
        if (trigger.negatedOnly()) return Modality.ASSERTED;
        String root = CameoFamilies.root(code);
        if (root.equals("13") || root.equals("03")) return reading.withoutCondition();
        return reading.modality();
    }

    /** "warned that Russia would arm X if …": an if-clause somewhere under the word. */
    private boolean hasConditionInScope(ParsedSentence s, int word) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(word));
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (!seen.add(node)) continue;
            for (Dependency d : s.children(node)) {
                if (d.relation().equals("punct") || d.relation().equals("ref")) continue;
                if (d.relation().startsWith("advcl") && modalities.isConditionClause(s, d.dependent())) return true;
                queue.add(d.dependent());
            }
        }
        return false;
    }
}
