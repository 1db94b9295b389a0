package org.newsgraph.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.DependencyPath;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Codes an appeal or a demand by the act it asks for, as the codebook's branches do: "urged
 * Johnson to resign" is 0241 appeal for change in leadership, "demanded that Russia withdraw its
 * troops" 1056 demand de-escalation. The act is the clause the appeal's word governs, done by the
 * one appealed to ("urged Russia to negotiate with Ukraine": Russia negotiates), or a noun of the act
 * that names the one appealed to as its doer ("demanded the resignation of Rajapaksa", "called for
 * Putin's impeachment"); it is coded by the trigger dictionary whatever else it names (the prisoners
 * to release need not be actors). An appeal or demand already coded more precisely by its own entry
 * keeps its code.
 */
final class RequestedActs {
    private static final String APPEAL = "020";
    private static final String DEMAND = "100";
    private static final Set<String> REQUESTED = Set.of("xcomp", "ccomp", "advcl:to", "obl:into", "advcl:into");
    /** How a noun of the act asked for hangs from the word that asks: "demanded his resignation", "called for …". */
    private static final Set<String> REQUESTED_NOUN = Set.of("obj", "obl:for");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "nsubj:pass");

    private final TriggerEvents triggers;

    RequestedActs(TriggerEvents triggers) {
        this.triggers = triggers;
    }

    void recode(List<EventDraft> drafts, ActorReferences references) {
        List<EventDraft> requests = drafts.stream().filter(d -> d.root().equals("02") || d.root().equals("10")).toList();
        Set<EventDraft> unanswered = new HashSet<>();
        Set<AskedWord> nounsAskedFor = new HashSet<>();
        for (EventDraft request : requests) {
            Optional<Requested> requested = request.code.equals(APPEAL) || request.code.equals(DEMAND)
                    ? requested(request, references) : Optional.empty();
            requested.ifPresent(act -> {
                request.code = request.code.equals(APPEAL) ? CameoFamilies.appealOf(act.code()) : CameoFamilies.demandOf(act.code());
                if (act.noun()) nounsAskedFor.add(new AskedWord(request.sentence, act.word()));
            });
            if (requested.isEmpty() && request.entry != null && request.entry.needsAskedAct()) unanswered.add(request);
        }
        drafts.removeAll(unanswered);
        // "insisted conscripts were not part of the assault" says what is so: a claim, no demand
        drafts.removeIf(d -> d.root().equals("10") && claimsInstead(d.sentence, d.trigger));
        // What is asked of someone is the appeal's content, not an event of its own ("urged the US to
        // lift sanctions": the US has lifted nothing; "demanded his resignation": he has not resigned);
        // the codebook codes the appeal alone.
        drafts.removeIf(act -> !act.derived && (nounsAskedFor.contains(new AskedWord(act.sentence, act.trigger))
                || act.modality != Modality.ASSERTED && requests.stream().anyMatch(request -> request != act && isAskedOf(act, request))));
    }

    private static boolean isAskedOf(EventDraft act, EventDraft request) {
        return act.sentence == request.sentence
                && act.reading.wrappers().stream().findFirst().map(w -> w.word() == request.trigger).orElse(false)
                && act.agents.stream().anyMatch(request.otherSide()::contains);
    }

    /**
     * A demand's word that governs a clause in the indicative reports a claim ("insisted that it was
     * not involved", "insists he is capable"); what is demanded stands in the subjunctive or with a
     * modal of obligation ("insisted that he resign", "… that Russia must withdraw") or is asked of
     * someone ("insisted on talks", "demanded Russia to withdraw").
     */
    private static boolean claimsInstead(ParsedSentence s, int word) {
        if (!s.children(word, "xcomp").isEmpty() || !s.children(word, "obl:on").isEmpty()) return false;
        for (Dependency d : s.children(word)) {
            // the parser hangs "insists Somalia has no troops" as an object and a loose verb
            boolean clause = d.relation().equals("ccomp") || d.relation().equals("dep") && s.token(d.dependent()).pos().startsWith("VB");
            if (clause && isIndicative(s, d.dependent())) return true;
            // "Putin insisted conscripts were not part of …": the parser may take the clause's subject
            // for an object and hang the clause elsewhere; a finite verb right after that object is its own
            if (d.relation().equals("obj") && d.dependent() + 1 < s.size() && isFiniteIndicative(s.token(d.dependent() + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFiniteIndicative(Token t) {
        return (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))
                && !OBLIGATION_MODALS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isIndicative(ParsedSentence s, int clause) {
        List<Integer> verbs = new java.util.ArrayList<>(List.of(clause));
        verbs.addAll(s.children(clause, "aux"));
        verbs.addAll(s.children(clause, "cop"));
        boolean finite = false;
        for (int v : verbs) {
            String lemma = s.token(v).lemma().toLowerCase(java.util.Locale.ROOT);
            if (OBLIGATION_MODALS.contains(lemma)) return false;
            String pos = s.token(v).pos();
            finite |= pos.equals("VBD") || pos.equals("VBZ") || pos.equals("MD");
        }
        return finite;
    }

    private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should", "shall", "ought");

    /** The act asked for, with the word that names it. */
    private record Requested(String code, int word, boolean noun) {
    }

    /** A word of a sentence (sentences compare by identity, as drafts hold them). */
    private record AskedWord(ParsedSentence sentence, int word) {
    }

    private Optional<Requested> requested(EventDraft request, ActorReferences references) {
        ParsedSentence s = request.sentence;
        for (Dependency d : s.children(request.trigger)) {
            int act = d.dependent();
            if (REQUESTED.contains(d.relation()) && isDoneByAddressee(s, act, request, references)) {
                Optional<TriggerEvents.AskedAct> asked = triggers.askedAct(s, act);
                if (asked.isPresent()) return Optional.of(new Requested(asked.get().code(), act, false));
            }
            if (REQUESTED_NOUN.contains(d.relation()) && PartOfSpeech.of(s, act) == 'N') {
                Optional<TriggerEvents.AskedAct> asked = triggers.askedAct(s, act)
                        .filter(a -> namesAddresseeAsDoer(s, act, a.entry(), request, references));
                if (asked.isPresent()) return Optional.of(new Requested(asked.get().code(), act, true));
            }
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

    /** The noun's own agent, where its entry puts it ("the resignation of X", "X's resignation"), is the one asked. */
    private static boolean namesAddresseeAsDoer(ParsedSentence s, int noun, Trigger entry, EventDraft request,
                                                ActorReferences references) {
        for (List<DependencyPath> tier : entry.roles().tiers(EventRole.AGENT)) {
            for (DependencyPath path : tier) {
                for (int word : path.follow(s, noun)) {
                    if (references.resolve(s, word).stream().anyMatch(request.otherSide()::contains)) return true;
                }
            }
        }
        return false;
    }
}
