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
import org.newsgraph.lexicon.Valence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Modality;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * A statement that judges another actor is an event of its speaker towards that actor, the subject
 * of the clause holding the judging word: in words of disapproval ("Seoul has taken a rather
 * unfriendly position", "he is a fool") CAMEO 111 criticize, in words of praise ("a great partner")
 * 051 praise. A word judges when it is on the hand list of disapproval or when people rate it
 * clearly negative or positive (the VADER lexicon); only nouns and adjectives, the words that say
 * what someone is, count by rating: a verb's rating says what was done ("Russia supports the
 * rebels"), which the trigger dictionary codes on its own. A judgement by a private person of private
 * persons only ("He's amazing," the coach said of his player) is none.
 */
final class JudgementStatements {
    private static final double CONFIDENCE = 0.6;
    private static final int MAX_CLIMB = 4;
    private static final String CRITICIZE = "111";
    private static final String PRAISE = "051";
    static final double NEGATIVE = -1.5;
    static final double POSITIVE = 2.0;
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "csubj");
    private static final Set<String> IMPERSONAL = Set.of("it", "this", "that");
    /**
     * How what a feeling is about hangs from its adjective: "tired of", "disgusted about", "happy for",
     * "comfortable with". Only "with" (and "for", said of oneself) make any adjective one of feeling; the
     * others do so for a participle ("tired of"), as an adjective of judging can take them too ("wrong
     * about", "guilty of").
     */
    private static final Set<String> FEELING_COMPLEMENTS = Set.of("obl:of", "obl:with", "obl:about", "obl:for",
            "obl:at", "obl:over", "obl:toward", "obl:towards", "obl:by", "advcl:with", "advcl:about", "advcl:of",
            "advcl:for", "advcl:at", "advcl:over");
    /** "comfortable with the King expressing his views": a clause can be what a feeling is about too. */
    private static final Set<String> FELT_WITH = Set.of("obl:with", "advcl:with");
    private static final Set<String> OWN_FEELING_COMPLEMENTS = Set.of("obl:with", "obl:for", "advcl:with", "advcl:for");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Verbs that say what someone judges something to be (the same list statements read their words by). */
    private static final WordList NAMING_VERBS = WordList.load("extract/naming-verbs.txt");
    /** How a misparsed judgement hangs from the object it describes. */
    private static final Set<String> DESCRIBING = Set.of("dep", "appos");
    /** How the judgement hangs from such a verb: "called X a fool", "described X as …", "branded “pathetic”". */
    private static final Set<String> JUDGEMENT_RELATIONS = Set.of("xcomp", "obl:npmod", "obl:as", "advcl:as", "obj");

    private final WordClasses classes;
    private final Valence valence;
    private final ModalityFinder modalities;
    private final TriggerDictionary triggers;

    JudgementStatements(WordClasses classes, Valence valence, ModalityFinder modalities, TriggerDictionary triggers) {
        this.classes = classes;
        this.valence = valence;
        this.modalities = modalities;
        this.triggers = triggers;
    }

    List<EventDraft> find(ParsedSentence s, List<Statement> statements, ActorReferences references,
                          ResolvedActors actors) {
        List<EventDraft> found = new ArrayList<>();
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            if (statement.speaker() == null || !overlaps(statement.span(), s)) continue;
            Set<String> codes = new LinkedHashSet<>();
            Set<String> ownSide = ownSide(statement.speaker(), actors);
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!inside(statement.span(), t)) continue;
                boolean listed = classes.is(t.lemma(), "disapproval");
                String code = listed ? CRITICIZE : rated(t);
                if (code == null || codes.contains(code)) continue;
                List<String> judged = listed ? judgedActors(s, i, statement, references, ownSide)
                        : describedActors(s, i, statement, references, ownSide);
                if (judged.isEmpty()) judged = namedActors(s, i, references, ownSide);
                if (judged.isEmpty() || modalities.isNegated(s, i)) continue;
                // a coach's praise of his player, a mother's words about her child: judgements between private
                // persons alone are no acts of politics, as force between them is none (ForceReadings)
                if (ForceReadings.isPrivateUntitled(statement.speaker(), actors)
                        && judged.stream().allMatch(id -> ForceReadings.isPrivateUntitled(id, actors))) {
                    continue;
                }
                EventDraft draft = new EventDraft(s, i, t.lemma().toLowerCase(Locale.ROOT), code,
                        new Roles(List.of(statement.speaker()), judged, List.of(), false),
                        modalities.read(s, i), Modality.ASSERTED, false, CONFIDENCE);
                draft.statement = index;
                found.add(draft);
                codes.add(code);
            }
        }
        return found;
    }

    /**
     * 111 for a noun or adjective rated clearly negative, 051 for one rated clearly positive or naming
     * a bond ("our oldest ally", "a vital partner": words of approval that people do not rate), else null.
     */
    private String rated(Token t) {
        if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) return null;
        if (t.pos().startsWith("NN") && classes.is(t.lemma(), "approval")) return PRAISE;
        double rating = valence.of(t.word(), t.lemma());
        if (rating <= NEGATIVE) return CRITICIZE;
        if (rating >= POSITIVE) return PRAISE;
        return null;
    }

    /**
     * Whom a rated word says something about: the subject of the copular clause it is the predicate
     * of ("he is a fool", "Paris is our oldest ally") or whose predicate noun it qualifies ("it was a
     * huge mistake"). Elsewhere a rated word names a thing ("the war", "a difficult winter"), not a
     * judgement of anyone; a prepositional predicate ("they are in a difficult position") neither.
     */
    private List<String> describedActors(ParsedSentence s, int word, Statement statement, ActorReferences references,
                                         Set<String> ownSide) {
        int predicate = word;
        Optional<Dependency> parent = s.parent(word);
        if (parent.isPresent() && parent.get().relation().equals("amod") && parent.get().governor() >= 0) {
            predicate = parent.get().governor();
        }
        Optional<Dependency> act = s.parent(predicate);
        // "did a terrible job", "made a great contribution": the object rates how its subject acted
        if (act.isPresent() && act.get().relation().equals("obj") && act.get().governor() >= 0
                && classes.is(s.token(act.get().governor()).lemma(), "performance")
                && !modalities.isNegated(s, act.get().governor())) {
            return subjectBesides(s, act.get().governor(), statement, references, ownSide);
        }
        if (s.children(predicate, "cop").isEmpty() || !s.children(predicate, "case").isEmpty()) return List.of();
        if (modalities.isNegated(s, predicate)) return List.of(); // "is not a great partner"
        // "it might be difficult for us to insist …": the clause is what is judged, "it" holds its place
        if (s.children(predicate).stream().anyMatch(d -> CLAUSES.contains(d.relation()) || d.relation().equals("advcl:to"))) {
            return List.of();
        }
        if (s.token(predicate).pos().startsWith("JJ") || s.token(predicate).pos().equals("VBN")) {
            Optional<List<String>> felt = feltAbout(s, predicate, statement, references, ownSide);
            if (felt.isPresent()) return felt.get();
        }
        return subjectBesides(s, predicate, statement, references, ownSide);
    }

    /**
     * An adjective of feeling says how its subject feels, not what the speaker thinks of the subject:
     * "Hondurans were tired of so much corruption", "he would be very comfortable with the King",
     * "she was frustrated because …". Said of the speaker ("we are happy for Ketanji"), it judges
     * what it is about; said of anyone else, or of nothing named, it judges no one. Empty (no
     * opinion on it here) for an adjective that says nothing of what it is about or why: a bare
     * participle may judge its subject ("he is wicked", "biased").
     */
    private static Optional<List<String>> feltAbout(ParsedSentence s, int adjective, Statement statement,
                                                    ActorReferences references, Set<String> ownSide) {
        boolean participle = s.token(adjective).word().toLowerCase(Locale.ROOT).endsWith("ed");
        boolean ownFeeling = s.children(adjective, "nsubj").stream()
                .anyMatch(subject -> FIRST_PERSON.contains(s.token(subject).word().toLowerCase(Locale.ROOT))
                        && inside(statement.span(), s.token(subject)));
        // "for" is whom something is good for when said of another ("NATO has been good for Europe",
        // "great for us"), whom one feels for when said of oneself ("we are happy for Ketanji")
        Set<String> complements = participle ? FEELING_COMPLEMENTS : ownFeeling ? OWN_FEELING_COMPLEMENTS : FELT_WITH;
        List<Integer> about = s.children(adjective).stream()
                .filter(d -> complements.contains(d.relation())).map(Dependency::dependent).toList();
        // "frustrated because flooding damages the region": the parser may leave "because" unlabelled
        boolean feltBecause = participle && s.children(adjective).stream().anyMatch(d -> d.relation().equals("advcl:because")
                || s.token(d.dependent()).word().equalsIgnoreCase("because"));
        if (about.isEmpty() && !feltBecause) return Optional.empty();
        if (!ownFeeling) return Optional.of(List.of());
        Set<String> judged = new LinkedHashSet<>();
        for (int word : about) judged.addAll(others(references.resolve(s, word), ownSide));
        return Optional.of(new ArrayList<>(judged));
    }

    /**
     * Whom a verb of judging judges with the word: "called Draghi a “precious and fundamental”
     * figure", "described the decision of his former party as “a clear act of irresponsibility”",
     * "Johnson's efforts were branded “pathetic”": the verb's object (or passive subject), or the
     * actor that object belongs to.
     */
    private List<String> namedActors(ParsedSentence s, int word, ActorReferences references, Set<String> ownSide) {
        int node = word;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return List.of();
            int verb = parent.get().governor();
            String relation = parent.get().relation();
            // "called Abe “a champion of the Alliance”": quotes often make the parser hang the
            // judgement from the object it describes instead of from the verb
            if (DESCRIBING.contains(relation)) {
                Optional<Dependency> above = s.parent(verb);
                if (above.isPresent() && above.get().relation().equals("obj") && above.get().governor() >= 0
                        && NAMING_VERBS.contains(s.token(above.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
                    return others(references.resolve(s, verb), ownSide);
                }
            }
            // an object is the judgement only in the passive ("were branded “pathetic”"); in the
            // active it is what is judged ("called the attack …")
            boolean judgementHere = JUDGEMENT_RELATIONS.contains(relation)
                    && (!relation.equals("obj") || !s.children(verb, "nsubj:pass").isEmpty());
            if (NAMING_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT)) && judgementHere) {
                final int judgement = node;
                List<Integer> candidates = new ArrayList<>(s.children(verb)
                        .stream().filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                        .map(Dependency::dependent).filter(d -> d != judgement).toList());
                // "called Draghi a “precious” figure", read as a small clause: Draghi is its subject
                candidates.addAll(s.children(judgement, "nsubj"));
                for (int judged : candidates) {
                    // "the decision of his former party": the party is judged, not whoever decided before
                    Set<String> ids = new LinkedHashSet<>();
                    for (Dependency owner : s.children(judged)) {
                        if (owner.relation().equals("nmod:poss") || owner.relation().equals("nmod:of")) {
                            ids.addAll(references.resolve(s, owner.dependent()));
                        }
                    }
                    if (ids.isEmpty()) ids.addAll(references.resolve(s, judged));
                    ids.removeAll(ownSide);
                    if (!ids.isEmpty()) return new ArrayList<>(ids);
                }
                return List.of();
            }
            node = verb;
        }
        return List.of();
    }

    /** The subject of the nearest clause above the word, inside the statement, minus the speaker's own side. */
    private List<String> judgedActors(ParsedSentence s, int word, Statement statement, ActorReferences references,
                                      Set<String> ownSide) {
        int node = word;
        for (int depth = 0; depth < MAX_CLIMB; depth++) {
            List<String> judged = subjectBesides(s, node, statement, references, ownSide);
            if (!judged.isEmpty()) return judged;
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) break;
            node = parent.get().governor();
            if (!inside(statement.span(), s.token(node))) break;
        }
        return List.of();
    }

    /** The actors of the node's subject inside the statement, less the speaker's own side; empty if none. */
    private List<String> subjectBesides(ParsedSentence s, int node, Statement statement, ActorReferences references,
                                        Set<String> ownSide) {
        for (int subject : s.children(node, "nsubj")) {
            if (!inside(statement.span(), s.token(subject))) continue;
            // "told NBC News it was an honest error": "it" is an act or a state of things, which the
            // pronoun resolver would give the nearest organization
            if (IMPERSONAL.contains(s.token(subject).word().toLowerCase(Locale.ROOT))) continue;
            List<String> ids = others(references.resolve(s, subject), ownSide);
            // "Pyongyang's military threats are a chronic problem": what an actor does or says judges it;
            // a state of things it has does not ("Nigeria's flood crisis has been disastrous")
            if (ids.isEmpty() && s.token(subject).pos().startsWith("NN") && isDeed(s, subject)) {
                for (Dependency owner : s.children(subject)) {
                    if (owner.relation().equals("nmod:poss") || owner.relation().equals("amod")) {
                        ids = others(references.resolve(s, owner.dependent()), ownSide);
                        if (!ids.isEmpty()) return ids;
                    }
                }
            }
            if (!ids.isEmpty()) return ids;
        }
        return List.of();
    }

    /** An act, a word or a stance: a noun of conduct or one the trigger dictionary codes as an event ("threats"). */
    private boolean isDeed(ParsedSentence s, int noun) {
        return classes.is(s.token(noun).lemma(), "conduct") || !triggers.entries(s, noun).isEmpty();
    }

    /** The actors, less the speaker's own side. */
    private static List<String> others(List<String> actors, Set<String> ownSide) {
        Set<String> ids = new LinkedHashSet<>(actors);
        ids.removeAll(ownSide);
        return new ArrayList<>(ids);
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
