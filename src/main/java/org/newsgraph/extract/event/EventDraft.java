package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.event.modality.ModalityReading;
import org.newsgraph.model.Event;
import org.newsgraph.model.Modality;
import org.newsgraph.nlp.WordList;

/**
 * An event while its sentence is being read: later rules complete its roles, code and condition
 * before it becomes an immutable {@link Event}.
 */
final class EventDraft {
    /** CAMEO codes whose events stand with an agent alone ("the minister resigned"). */
    private static final List<String> AGENT_ONLY_CODES = List.copyOf(
            WordList.load("extract/cameo-agent-only-codes.txt").words());
    final ParsedSentence sentence;
    /** Token index of the word that signalled it. */
    final int trigger;
    final String lemma;
    /** How the trigger is asserted; a recoding may read it at the word that governs the act (ReductionCodes). */
    ModalityReading reading;
    final boolean symmetric;
    String code;
    List<String> agents;
    List<String> targets;
    List<String> recipients;
    Modality modality;
    EventDate date;
    double confidence;
    /** The event this one depends on ("if Seoul sends arms"), or null. */
    EventDraft condition;
    /** Index of the statement that states it, or -1. */
    int statement = -1;
    /** Derived from another event by the cue governing it (an intent or a refusal), not from a trigger. */
    boolean derived;
    /** An event noun whose other side is not in its sentence, to be found in the article (EventCoreference). */
    boolean awaitsOtherSide;
    /** The dictionary entry that signalled it, or null for a derived event. */
    Trigger entry;

    EventDraft(ParsedSentence sentence, int trigger, String lemma, String code, Roles roles, ModalityReading reading,
               Modality modality, boolean symmetric, double confidence) {
        this.sentence = sentence;
        this.trigger = trigger;
        this.lemma = lemma;
        this.code = code;
        this.agents = new ArrayList<>(roles.agents());
        this.targets = new ArrayList<>(roles.targets());
        this.recipients = new ArrayList<>(roles.recipients());
        this.reading = reading;
        this.modality = modality;
        this.symmetric = symmetric;
        this.confidence = confidence;
    }

    /** A copy with other participants, for the two directions of a mutual event. */
    EventDraft withParticipants(List<String> newAgents, List<String> newTargets) {
        EventDraft copy = new EventDraft(sentence, trigger, lemma, code,
                new Roles(newAgents, newTargets, recipients, false), reading, modality, symmetric, confidence);
        copy.date = date;
        copy.condition = condition;
        copy.statement = statement;
        copy.derived = derived;
        copy.entry = entry;
        copy.awaitsOtherSide = awaitsOtherSide;
        return copy;
    }

    String root() {
        return CameoFamilies.root(code);
    }

    /**
     * True when the event says too little without a target or recipient: its entry requires one
     * (unless it is a fact of an act an agent does alone: its code is in cameo-agent-only-codes.txt or its
     * entry says "alone"), or
     * it is an event noun whose pattern has a place for one ("its assistance"), or a mutual event
     * with a single participant ("everyone she met").
     */
    boolean needsOtherSide() {
        if (entry == null) return false;
        if (symmetric) return agents.size() < 2; // "Russia and Ukraine held talks": each is the other's side
        // only as a fact: "refused to resign", "if he resigns" say little without the other side
        if (modality == Modality.ASSERTED && (entry.factAlone() || AGENT_ONLY_CODES.stream().anyMatch(code::startsWith))) {
            return false;
        }
        if (entry.needsOther()) return true;
        return entry.pos() == 'N' && (entry.roles().hasRole(EventRole.TARGET) || entry.roles().hasRole(EventRole.RECIPIENT));
    }

    List<String> otherSide() {
        List<String> all = new ArrayList<>(targets);
        recipients.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return all;
    }

    @Override
    public String toString() {
        return code + " " + lemma + "@" + trigger + " " + agents + "->" + targets + "/" + recipients + " " + modality;
    }
}
