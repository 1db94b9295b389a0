package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.lexicon.PersonGender;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Finds the actors a pronoun in an event role stands for, with the simple salience rules news
 * prose allows: "he"/"his" is the nearest person named before it; "it"/"its" opening a reported
 * clause its reporter, else the nearest state or organization named before it in its sentence, or
 * else the subject of the previous sentence;
 * "they"/"their" the coordinated subjects of the clause; "we"/"our" inside a quotation the
 * quoted speaker's state.
 */
public final class PronounResolver {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "himself", "herself");
    private static final Set<String> POSSESSIVE = Set.of("his", "her");
    private static final PersonGender GENDERS = PersonGender.shared();
    private static final Set<String> NEUTER = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ourselves");
    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "myself");
    /** "Both" standing alone (not "both X and Y", not "both sides") refers to two actors named together. */
    private static final String BOTH = "both";
    /** A pronoun refers back at most this many sentences. */
    private static final int MAX_SENTENCES_BACK = 3;

    private final ResolvedActors actors;
    private final List<ParsedSentence> sentences;
    /**
     * "it" in "the capital of it": the noun it would refer through is qualified by the pronoun
     * itself, and looking that noun up resolves the pronoun again. A pronoun already being resolved
     * refers to nothing the second time round, which ends the circle.
     */
    private final java.util.Set<Long> resolving = new java.util.HashSet<>();
    private final List<Statement> statements;

    public PronounResolver(ResolvedActors actors, List<ParsedSentence> sentences, List<Statement> statements) {
        this.actors = actors;
        this.sentences = sentences;
        this.statements = statements;
    }

    static boolean isPronoun(Token token) {
        String w = token.word().toLowerCase(Locale.ROOT);
        return PERSONAL.contains(w) || NEUTER.contains(w) || PLURAL.contains(w) || FIRST_PLURAL.contains(w)
                || FIRST_SINGULAR.contains(w) || w.equals(BOTH);
    }

    /** How the caller resolves a noun standing for an actor ("his government"), for "it" to refer to. */
    interface ProxyLookup {
        List<String> actorsOf(ParsedSentence s, int word);
    }

    List<String> resolve(ParsedSentence s, int word, ProxyLookup proxies) {
        Token token = s.token(word);
        String w = token.word().toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(w)) return personal(s, word).map(List::of).orElse(List.of());
        if (NEUTER.contains(w)) return neuter(s, word, proxies).map(List::of).orElse(List.of());
        if (PLURAL.contains(w)) return coordinatedSubjects(s, word);
        if (FIRST_PLURAL.contains(w)) return speakerSide(token.begin());
        if (FIRST_SINGULAR.contains(w)) return speaker(token.begin()).map(List::of).orElse(List.of());
        if (w.equals(BOTH) && standsAlone(s, word)) return lastCoordinatedActors(s, word);
        return List.of();
    }

    private Optional<String> personal(ParsedSentence s, int word) {
        long key = ((long) s.sentence().index() << 32) | word;
        if (!resolving.add(key)) return Optional.empty();
        try {
            return personalOnce(s, word);
        } finally {
            resolving.remove(key);
        }
    }

    private Optional<String> personalOnce(ParsedSentence s, int word) {
        Token token = s.token(word);
        Predicate<String> called = id -> isPersonCalled(id, token.word());
        Optional<String> binder = POSSESSIVE.contains(token.word().toLowerCase(Locale.ROOT))
                ? clauseSubject(s, word).filter(called) : Optional.empty();
        if (binder.isPresent()) return binder;
        Optional<String> center = isMainSubject(s, word, false) ? previousMainSubject(s.sentence().index()).filter(called)
                : Optional.empty();
        if (center.isPresent()) return center;
        return lastBefore(token.begin(), s.sentence().index() - MAX_SENTENCES_BACK, called);
    }

    private Optional<String> neuter(ParsedSentence s, int word, ProxyLookup proxies) {
        long key = ((long) s.sentence().index() << 32) | word;
        if (!resolving.add(key)) return Optional.empty();
        try {
            return neuterOnce(s, word, proxies);
        } finally {
            resolving.remove(key);
        }
    }

    private Optional<String> neuterOnce(ParsedSentence s, int word, ProxyLookup proxies) {
        Optional<String> reporter = reporterOfClause(s, word);
        if (reporter.isPresent()) return reporter;
        // "The Prosecutor General's Office told Reuters it was investigating": when the reporter is named
        // but is no actor, "it" is a body named inside the reporter's phrase ("the US military's hacking
        // unit confirms it …"), not one named elsewhere in the sentence (the one told)
        Optional<Integer> namedReporter = reporterSubject(s, word).filter(subject -> !isPronoun(s.token(subject)));
        int from = namedReporter.map(subject -> s.subtreeBounds(subject, 6)[1]).orElse(word - 1);
        int to = namedReporter.map(subject -> s.subtreeBounds(subject, 6)[0]).orElse(0);
        for (int i = from; i >= to; i--) {
            Optional<String> named = actorAt(s, i);
            if (named.isPresent()) {
                if (!isPerson(named.get()) && !isComparison(s, i)) return named;
                continue;
            }
            Optional<String> proxy = proxies.actorsOf(s, i).stream().filter(id -> !isPerson(id)).findFirst();
            if (proxy.isPresent()) return proxy;
        }
        if (namedReporter.isPresent()) return Optional.empty();
        int previous = s.sentence().index() - 1;
        if (previous < 0 || previous >= sentences.size()) return Optional.empty();
        ParsedSentence before = sentences.get(previous);
        for (int i = 0; i < before.size(); i++) {
            if (!isMainSubject(before, i, true)) continue;
            Optional<String> subject = actorAt(before, i).filter(id -> !isPerson(id));
            if (subject.isPresent()) return subject;
        }
        return Optional.empty();
    }

    /**
     * "decried the grouping as an Asian NATO, accusing it of …": a name in what something is called or
     * likened to is no participant for a pronoun to refer to.
     */
    private static boolean isComparison(ParsedSentence s, int i) {
        boolean marked = s.hasChildWord(i, "case", "as") || s.hasChildWord(i, "case", "like");
        // a name the parser hung by "as" without its preposition: "described … as an Asian NATO"
        boolean hungByAs = s.token(i).pos().startsWith("NNP") && s.parent(i)
                .map(p -> p.relation().endsWith(":as") || p.relation().endsWith(":like")).orElse(false);
        return marked || hungByAs;
    }

    /**
     * "Iran warned Israel that its forces would strike back", "Moscow said it would respond": a
     * neuter pronoun that opens a clause reported by a verb, with no state or organization before it
     * in that clause, is the reporter (for a person, the state they represent), not the addressee
     * named last.
     */
    private Optional<String> reporterOfClause(ParsedSentence s, int word) {
        return reporterSubject(s, word).flatMap(subject -> {
            Optional<String> reporter = actorAt(s, subject);
            if (reporter.isEmpty() || !isPerson(reporter.get())) return reporter;
            return actors.actor(reporter.get()).map(a -> a.represents());
        });
    }

    /** The subject of the reporting verb whose clause the pronoun opens, when no body is named in the clause before it. */
    private Optional<Integer> reporterSubject(ParsedSentence s, int word) {
        int node = word;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return Optional.empty();
            // "threatened South Korea that if it supplied weapons …": in the condition the pronoun
            // is the one threatened, as often as not
            if (parent.get().relation().startsWith("advcl")) return Optional.empty();
            if (parent.get().relation().equals("ccomp")) {
                int clauseStart = s.subtreeBounds(node, 12)[0];
                for (int i = word - 1; i >= clauseStart; i--) {
                    if (actorAt(s, i).filter(id -> !isPerson(id)).isPresent()) return Optional.empty();
                }
                return s.children(parent.get().governor(), "nsubj").stream().findFirst();
            }
            node = parent.get().governor();
        }
        return Optional.empty();
    }

    /**
     * The subject of the clause a possessive stands in: "Macron has spoken with Putin, and placed his
     * third call to Biden" – his call is Macron's, the one the clause is about, not the person named
     * last. Climbs from the pronoun to the nearest verb; a verb coordinated without a subject of its
     * own shares the first one's.
     */
    private Optional<String> clauseSubject(ParsedSentence s, int word) {
        int node = word;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) return Optional.empty();
            node = parent.get().governor();
            if (!s.token(node).pos().startsWith("VB")) continue;
            for (int verb = node, hop = 0; hop < 3; hop++) {
                for (int subject : s.children(verb, "nsubj")) {
                    if (subject == word) continue;
                    // "a photo of her kissing Affleck while celebrating her birthday": a subject that is
                    // itself a pronoun binds the possessive to whoever it stands for
                    String subjectWord = s.token(subject).word().toLowerCase(Locale.ROOT);
                    if (!PERSONAL.contains(subjectWord)) return actorAt(s, subject);
                    // "she couldn't move past Scott's criticism of his state": another person
                    boolean sameGender = PersonGender.ofPronoun(subjectWord).equals(PersonGender.ofPronoun(s.token(word).word()));
                    return sameGender ? personal(s, subject) : Optional.empty();
                }
                Optional<Dependency> up = s.parent(verb);
                if (up.isEmpty() || !sharesSubject(up.get().relation()) || up.get().governor() < 0) break;
                verb = up.get().governor();
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A verb joined to another this way and without a subject of its own has the other's: "…, and placed", "while celebrating", "tried to". */
    private static boolean sharesSubject(String relation) {
        return relation.startsWith("conj") || relation.startsWith("advcl") || relation.equals("xcomp");
    }

    /** Whether the word is the subject of its sentence's main clause ("He denies the accusations"), a passive one too if asked. */
    private static boolean isMainSubject(ParsedSentence s, int word, boolean passiveToo) {
        return s.parents(word).stream().anyMatch(d -> (passiveToo ? d.relation().startsWith("nsubj") : d.relation().equals("nsubj"))
                && d.governor() >= 0 && s.parent(d.governor()).map(p -> p.governor() < 0).orElse(false));
    }

    /**
     * The actor the previous sentence is about, its main clause's subject: a "he" that opens the next
     * sentence continues with it rather than with someone named in passing ("El Aissami, a close ally
     * of Chávez, resigned. He denies …").
     */
    private Optional<String> previousMainSubject(int sentence) {
        if (sentence < 1 || sentence - 1 >= sentences.size()) return Optional.empty();
        ParsedSentence before = sentences.get(sentence - 1);
        for (int i = 0; i < before.size(); i++) {
            if (isMainSubject(before, i, true)) return actorAt(before, i);
        }
        return Optional.empty();
    }

    /** The last actor accepted by the test mentioned before the offset, from sentence {@code fromSentence} on. */
    private Optional<String> lastBefore(int offset, int fromSentence, Predicate<String> accept) {
        return actors.mentionsBefore(offset).stream()
                .filter(m -> m.sentence() >= fromSentence && accept.test(m.actorId()))
                .map(ResolvedMention::actorId)
                .findFirst();
    }

    /** "Kim and Putin attended a reception following their talks": the subjects of the governing clause. */
    private List<String> coordinatedSubjects(ParsedSentence s, int word) {
        int node = word;
        for (int depth = 0; depth < 6; depth++) {
            Optional<Dependency> parent = s.parent(node);
            if (parent.isEmpty() || parent.get().governor() < 0) break;
            node = parent.get().governor();
            Set<String> subjects = new LinkedHashSet<>();
            for (int subject : s.children(node, "nsubj")) actorAt(s, subject).ifPresent(subjects::add);
            if (subjects.size() >= 2) return new ArrayList<>(subjects);
            if (!subjects.isEmpty()) break;
        }
        return List.of();
    }

    /** "Both" as a noun phrase of its own: no determiner or pre-conjunction role, and nothing it quantifies ("both of them"). */
    private static boolean standsAlone(ParsedSentence s, int word) {
        boolean modifier = s.parents(word).stream().anyMatch(d -> d.relation().startsWith("det")
                || d.relation().startsWith("cc") || d.relation().equals("advmod"));
        boolean quantifies = s.children(word).stream().anyMatch(d -> !d.relation().equals("case") && !d.relation().equals("punct"));
        return !modifier && !quantifies;
    }

    /**
     * "He focused on Iran and President Biden, blaming both for the violence": the actors of the last
     * coordination of two or more actors before the word, in its sentence or the one before.
     */
    private List<String> lastCoordinatedActors(ParsedSentence s, int word) {
        int sentence = s.sentence().index();
        for (int back = 0; back <= 1; back++) {
            int index = sentence - back;
            if (index < 0 || index >= sentences.size()) break;
            ParsedSentence scanned = back == 0 ? s : sentences.get(index);
            int limit = back == 0 ? word : scanned.size();
            for (int head = limit - 1; head >= 0; head--) {
                Set<String> members = new LinkedHashSet<>();
                actorAt(scanned, head).ifPresent(members::add);
                if (members.isEmpty()) continue;
                for (int conjunct : scanned.children(head, "conj:and")) {
                    if (conjunct < limit) actorAt(scanned, conjunct).ifPresent(members::add);
                }
                if (members.size() >= 2) return new ArrayList<>(members);
            }
        }
        return List.of();
    }

    /**
     * Inside a quotation "we" is the speaker's side: the state the speaker represents and the
     * speaker, who is the one acting when a leader says "we stand with Israel" or "we will not
     * fight Russia".
     */
    private List<String> speakerSide(int offset) {
        return speaker(offset).flatMap(actors::actor)
                .map(a -> a.represents() != null ? List.of(a.represents(), a.id()) : List.of(a.id()))
                .orElse(List.of());
    }

    /** Inside a quotation "I" is its speaker ("I send my condolences," Macron tweeted). */
    private Optional<String> speaker(int offset) {
        for (Statement statement : statements) {
            if (statement.speaker() == null || offset < statement.span().begin() || offset >= statement.span().end()) {
                continue;
            }
            return Optional.of(statement.speaker());
        }
        return Optional.empty();
    }

    private Optional<String> actorAt(ParsedSentence s, int word) {
        return ActorReferences.mentionAt(actors, s.token(word)).map(ResolvedMention::actorId);
    }

    /** A person "he" or "she" can stand for: not one whose first name or title says the other gender. */
    private boolean isPersonCalled(String actorId, String pronoun) {
        return actors.actor(actorId).map(a -> GENDERS.canStandFor(pronoun, a)).orElse(false);
    }

    private boolean isPerson(String actorId) {
        return actors.actor(actorId).map(a -> a.type() == ActorType.PERSON).orElse(false);
    }
}
