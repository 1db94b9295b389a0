package org.newsgraph.extract.event.modality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.PartOfSpeech;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Reads an event's modality from the dependency parse: negation, modals and cue words on the
 * trigger, if-clauses that make it conditional, and cue words governing it ("refused to …",
 * "threatened to …", "the possibility of …"), climbing only through the relations that keep the
 * trigger in the governing word's scope.
 */
public final class ModalityFinder {
    /** Words that "not" restricts rather than negates the act with: "not just", "not only". */
    private static final Set<String> RESTRICTIVE = Set.of("just", "only", "merely", "simply", "solely");
    private static final int MAX_CLIMB = 6;
    private static final Set<String> CONDITION_MARKERS = Set.of("if", "unless");
    private static final Set<String> UNTIL = Set.of("until", "till");
    /** The circumstances of a cue, which it does not reach: what they name has happened. */
    private static final Set<String> PRESUPPOSED = Set.of("obl:despite", "obl:after", "obl:amid", "obl:following",
            "obl:because_of", "obl:since", "obl:over", "obl:in_spite_of", "obl:given", "obl:during",
            "obl:in_response_to");
    /** Auxiliaries that open a conditional clause when written before its subject: "should Seoul send arms". */
    private static final Set<String> INVERTED_CONDITION_AUXILIARIES = Set.of("should", "had", "were");
    private static final Set<String> MARKER_RELATIONS = Set.of("advmod", "aux", "det", "amod", "neg");
    private static final Set<String> AWAITING_RELATIONS = Set.of("obl:before", "nmod:before", "obl:ahead_of",
            "nmod:ahead_of");
    private static final Set<String> AWAITING_WORDS = Set.of("before", "ahead");
    private static final Set<String> CAUSING = Set.of("lead", "result", "cause", "provoke", "trigger", "spark");
    private static final Set<String> CAUSED = Set.of("obj", "obl:to", "obl:in");
    /** How an amount names what it counts: "$40 billion in aid", "100 million pounds of equipment", "£100 million worth of arms". */
    private static final Set<String> AMOUNT_OF = Set.of("nmod:in", "nmod:of", "nmod:worth");

    private final ModalityCues cues;
    private final WordList reportingVerbs;
    private final WordList lightVerbs;

    public ModalityFinder(ModalityCues cues, WordList reportingVerbs, WordList lightVerbs) {
        this.cues = cues;
        this.reportingVerbs = reportingVerbs;
        this.lightVerbs = lightVerbs;
    }

    public ModalityReading read(ParsedSentence s, int trigger) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        boolean antecedent = false;
        int conditionHead = -1;
        List<ModalityReading.Wrapper> wrappers = new ArrayList<>();
        int node = trigger;
        int cameFrom = -1;
        boolean ownMarkers = true;
        planned |= isAwaited(s, trigger);
        for (ModalityReading.Wrapper cue : cueNounSubjects(s, trigger)) {
            wrappers.add(cue);
            switch (cue.effect().modality()) {
                case NEGATED -> negated = true;
                case PLANNED -> planned = true;
                case HYPOTHETICAL -> hypothetical = true;
                default -> { }
            }
        }
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            if (ownMarkers) {
                for (Dependency d : s.children(node)) {
                    Optional<CueEffect> effect = marker(s, d);
                    if (effect.isEmpty()) continue;
                    switch (effect.get()) {
                        case NEGATION -> negated = true;
                        case PLANNED -> planned = true;
                        case HYPOTHETICAL -> hypothetical = true;
                        default -> { }
                    }
                }
            }
            // "unclear whether Kenya attacked", "will decide whether to send troops": an open question
            hypothetical |= isOpenQuestion(s, node);
            if (conditionHead < 0) conditionHead = conditionClause(s, node, cameFrom);
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) break;
            String relation = parent.get().relation();
            int governor = parent.get().governor();
            if (isClauseRelation(relation) && isConditionClause(s, node)) {
                antecedent = true;
                break;
            }
            if (isClauseRelation(relation) && isAwaitedClause(s, node)) {
                hypothetical = true;
                break;
            }
            Optional<CueEffect> governing = cues.effect(s.token(governor)).filter(e -> e != CueEffect.NEGATION);
            int cueWord = governor;
            // "made efforts to get Assad to meet": the parser hangs the clause on the light verb, whose
            // object is the cue
            if (governing.isEmpty() && relation.equals("xcomp") && lightVerbs.contains(s.token(governor).lemma())) {
                for (int object : s.children(governor, "obj")) {
                    Optional<CueEffect> effect = cues.effect(s.token(object)).filter(e -> e != CueEffect.NEGATION);
                    if (effect.isPresent()) {
                        governing = effect;
                        cueWord = object;
                        break;
                    }
                }
            }
            // "declined the Kremlin's request", "rejected the proposal": the request itself was made; the refusal
            // is of what it asks for (an act under the request noun still climbs through it)
            boolean requestAnswered = node == trigger && governing.filter(e -> e == CueEffect.REJECT || e == CueEffect.INTENT).isPresent()
                    && cues.effect(s.token(trigger)).filter(e -> e == CueEffect.REQUEST).isPresent();
            if (requestAnswered) break;
            // "a potential deal in which Ethiopia would supply jets": what a relative clause tells of a
            // merely possible thing is possible only
            if (relation.startsWith("acl:relcl") && hasMarker(s, governor, CueEffect.HYPOTHETICAL)) hypothetical = true;
            if (!canClimb(s, relation, node, governor, governing)) {
                if (conditionHead < 0) conditionHead = adjacentConditionClause(s, node, governor);
                break;
            }
            ownMarkers = !relation.startsWith("conj");
            if (governing.isPresent() && ownMarkers) {
                wrappers.add(new ModalityReading.Wrapper(cueWord, governing.get()));
                switch (governing.get().modality()) {
                    case NEGATED -> negated = true;
                    case PLANNED -> planned = true;
                    case HYPOTHETICAL -> hypothetical = true;
                    default -> { }
                }
                // The cue's own modal belongs to the cue ("would be willing"), not to the event under it.
                ownMarkers = false;
                negated |= isNegated(s, governor) && governing.get() != CueEffect.REJECT;
            }
            cameFrom = node;
            node = governor;
        }
        return new ModalityReading(negated, conditionHead, antecedent, hypothetical, planned, wrappers);
    }

    /**
     * "The shift comes before Yoon's visit to the US", "ahead of the summit": an event noun that
     * something present or future happens before has not happened yet.
     */
    private boolean isAwaited(ParsedSentence s, int trigger) {
        if (PartOfSpeech.of(s, trigger) != 'N') return false;
        Optional<Dependency> parent = s.parent(trigger);
        if (parent.isEmpty() || parent.get().governor() < 0) return false;
        String r = parent.get().relation();
        boolean before = AWAITING_RELATIONS.contains(r) || (r.startsWith("obl") || r.startsWith("nmod"))
                && s.children(trigger).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("case"))
                        && AWAITING_WORDS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
        if (!before) return false;
        int governor = parent.get().governor();
        String tag = s.token(governor).pos();
        if (tag.equals("VBZ") || tag.equals("VBP")) return true;
        return s.children(governor).stream().anyMatch(d -> d.relation().equals("aux")
                && cues.auxiliaryEffect(s.token(d.dependent())).filter(e -> e == CueEffect.PLANNED).isPresent());
    }

    /** True when the word has a negation of its own: "did not comment", "no plans". */
    public boolean isNegated(ParsedSentence s, int word) {
        return hasMarker(s, word, CueEffect.NEGATION);
    }

    /** Whether one of the word's own markers (a modal, "not", "possible", …) has the effect. */
    private boolean hasMarker(ParsedSentence s, int word, CueEffect effect) {
        for (Dependency d : s.children(word)) {
            if (marker(s, d).filter(e -> e == effect).isPresent()) return true;
        }
        return false;
    }

    /** A clause opened by "whether"; before an infinitive the parser often makes "whether" the verb's object. */
    private static boolean isOpenQuestion(ParsedSentence s, int node) {
        return s.children(node, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("whether")
                || m > 0 && s.token(m).word().equalsIgnoreCase("to") && s.token(m - 1).word().equalsIgnoreCase("whether"));
    }

    /**
     * Which governing relations keep an event in its governor's scope: control ("refused to
     * send"), a means clause ("respond by supplying"), a coordinated verb ("plans to send … and
     * offer"), and the complements of cue words ("the possibility of sending", "open to arming",
     * "pledged support"); a light verb's object ("launched an attack"). The clause reported by a
     * verb of saying keeps its own modality.
     */
    private boolean canClimb(ParsedSentence s, String relation, int node, int governor, Optional<CueEffect> governing) {
        if (relation.equals("xcomp") || relation.equals("advcl:by") || relation.startsWith("conj")) return true;
        Token gov = s.token(governor);
        // "could lead to a direct conflict between Russia and NATO": what a cause would bring about
        // happens only as the cause does
        if (CAUSING.contains(gov.lemma().toLowerCase(Locale.ROOT)) && CAUSED.contains(relation)) return true;
        if (relation.equals("obj")) return governing.isPresent() || lightVerbs.contains(gov.lemma());
        // "pledged 500 million euros in military aid": an amount is what it counts, in the scope the
        // amount is in
        if (AMOUNT_OF.contains(relation) && !s.children(governor, "nummod").isEmpty()) return true;
        if (governing.isEmpty()) return false;
        // "opposed sending tanks", "considered sending": the parser often leaves a cue's gerund as "dep" or
        // a bare "advcl"; only right after the cue is it what the cue governs ("rejected the resignation,
        // instead asking him to stay" asks). A preposition says what it is: "warned against allowing".
        if ((relation.equals("dep") || relation.equals("advcl")) && s.token(node).pos().equals("VBG")) {
            return isRightAfter(s, governor, node);
        }
        // "vowed to fight on despite the resignations", "threatened retaliation after the strike": what
        // the cue's circumstances name has happened; the cue does not reach it
        if (PRESUPPOSED.contains(relation)) return false;
        if (relation.equals("ccomp")) {
            CueEffect effect = governing.get();
            return effect == CueEffect.THREAT || effect == CueEffect.INTENT || !reportingVerbs.contains(gov.lemma());
        }
        return relation.startsWith("acl") || relation.startsWith("obl") || relation.startsWith("nmod")
                || relation.startsWith("advcl");
    }

    /** Whether {@code word} follows {@code head} with at most adverbs between ("opposed ever sending"). */
    private static boolean isRightAfter(ParsedSentence s, int head, int word) {
        if (word <= head) return false;
        for (int i = head + 1; i < word; i++) {
            if (!s.token(i).pos().startsWith("RB")) return false;
        }
        return true;
    }

    private Optional<CueEffect> marker(ParsedSentence s, Dependency d) {
        String relation = d.relation();
        Token word = s.token(d.dependent());
        if (relation.startsWith("aux") && !relation.equals("aux:pass")) return cues.auxiliaryEffect(word);
        if (!MARKER_RELATIONS.contains(relation)) return Optional.empty();
        Optional<CueEffect> effect = cues.effect(word);
        // "is not just Russia's invasion", "not only invaded": "not" limits the word after it, and
        // the act stands
        if (effect.filter(e -> e == CueEffect.NEGATION).isPresent() && d.dependent() + 1 < s.size()
                && RESTRICTIVE.contains(s.token(d.dependent() + 1).word().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        // Only closed-class markers and adjectives change the event; an adverb like "open" does not.
        return effect.filter(e -> e == CueEffect.NEGATION || e == CueEffect.PLANNED || e == CueEffect.HYPOTHETICAL);
    }

    /** The head of an if-clause attached to {@code node}, other than the clause we came up from. */
    private int conditionClause(ParsedSentence s, int node, int cameFrom) {
        for (Dependency d : s.children(node)) {
            if (isClauseRelation(d.relation()) && d.dependent() != cameFrom && isConditionClause(s, d.dependent())) {
                return d.dependent();
            }
        }
        // "threatens a response if Seoul sends arms": the clause may hang on the object.
        for (int object : s.children(node, "obj")) {
            if (object == cameFrom) continue;
            for (Dependency d : s.children(object)) {
                if (isClauseRelation(d.relation()) && isConditionClause(s, d.dependent())) return d.dependent();
            }
        }
        return -1;
    }

    /**
     * An if-clause the parser attached one level too high, but written right after the event's
     * clause: "… as Moscow will arm Pyongyang only if it is attacked" (the condition is the arming's).
     */
    private int adjacentConditionClause(ParsedSentence s, int clause, int governor) {
        int end = s.subtreeBounds(clause, 50)[1];
        for (Dependency d : s.children(governor)) {
            int head = d.dependent();
            if (head == clause || !isClauseRelation(d.relation()) || !isConditionClause(s, head)) continue;
            if (s.subtreeBounds(head, 50)[0] == end + 1) return head;
        }
        return -1;
    }

    /** Relations by which the parser hangs a clause on a word ("dep" when it is unsure). */
    private static boolean isClauseRelation(String relation) {
        return relation.startsWith("advcl") || relation.equals("dep") || relation.startsWith("acl")
                || relation.equals("parataxis");
    }

    /**
     * "reluctance to send": a cue noun the parser made the subject of the event's infinitive; the
     * subject of a finite verb is what the verb tells of ("his efforts were branded pathetic").
     */
    private List<ModalityReading.Wrapper> cueNounSubjects(ParsedSentence s, int trigger) {
        List<ModalityReading.Wrapper> found = new ArrayList<>();
        boolean infinitive = s.isToInfinitive(trigger);
        if (!infinitive) return found;
        for (Dependency d : s.children(trigger)) {
            if (!d.relation().startsWith("nsubj") || PartOfSpeech.of(s, d.dependent()) != 'N') continue;
            cues.effect(s.token(d.dependent())).filter(e -> e != CueEffect.NEGATION)
                    .ifPresent(e -> found.add(new ModalityReading.Wrapper(d.dependent(), e)));
        }
        return found;
    }

    /**
     * "protests will go on until the president steps down": what a clause of "until" waits for has not
     * happened; in the past tense it has ("fought until he resigned").
     */
    private static boolean isAwaitedClause(ParsedSentence s, int head) {
        if (s.token(head).pos().equals("VBD")) return false;
        return s.children(head, "mark").stream()
                .anyMatch(d -> UNTIL.contains(s.token(d).word().toLowerCase(Locale.ROOT)));
    }

    /** "if Seoul sends arms", "unless …", and the inverted "should Seoul send arms". */
    public boolean isConditionClause(ParsedSentence s, int head) {
        int subject = Integer.MAX_VALUE;
        for (Dependency d : s.children(head)) {
            if (d.relation().startsWith("nsubj")) subject = Math.min(subject, d.dependent());
        }
        for (Dependency d : s.children(head)) {
            String lemma = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("mark") && CONDITION_MARKERS.contains(lemma)) return true;
            if (d.relation().equals("aux") && INVERTED_CONDITION_AUXILIARIES.contains(lemma) && d.dependent() < subject) {
                return true;
            }
        }
        return false;
    }
}
