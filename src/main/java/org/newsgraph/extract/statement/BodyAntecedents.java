package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.PartlyTaggedNames;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * The bodies and groups that a speaker's phrase refers back to when it names none: "they" after a
 * group, "the company", "the ministry", "the paper". {@link SpeakerFinder} decides when to ask; this
 * finds the actor named before, in the article's mentions, sentences and statements so far.
 */
final class BodyAntecedents {
    private final ResolvedActors actors;
    /** The article's sentences parsed so far, the current one last. */
    private final List<ParsedSentence> sentencesSoFar;
    /** The article's statements found so far. */
    private final List<Statement> earlier;

    BodyAntecedents(ResolvedActors actors, List<ParsedSentence> sentencesSoFar, List<Statement> earlier) {
        this.actors = actors;
        this.sentencesSoFar = sentencesSoFar;
        this.earlier = earlier;
    }

    /**
     * "Federal prosecutors filed the papers. They also told the court …": "they" opening a report
     * is the group or body the previous sentence was about, when that sentence's subject is a
     * plural noun standing for one (people named one by one are left alone: "they" may be any of them).
     */
    Optional<String> groupOfPreviousSubject(int sentenceIndex) {
        Optional<ParsedSentence> before = sentenceAt(sentenceIndex - 1);
        if (before.isEmpty()) return Optional.empty();
        ParsedSentence s = before.get();
        for (int subject : mainClauseSubjects(s)) {
            Optional<String> group = pluralGroupAt(s, subject);
            if (group.isPresent()) return group;
        }
        return Optional.empty();
    }

    /** The words that are subjects (nsubj and its subtypes) of a sentence's main clause, in order. */
    static List<Integer> mainClauseSubjects(ParsedSentence s) {
        List<Integer> subjects = new ArrayList<>();
        for (int root = 0; root < s.size(); root++) {
            if (s.parents(root).stream().noneMatch(d -> d.governor() < 0)) continue;
            subjects.addAll(s.children(root, "nsubj"));
        }
        return subjects;
    }

    /** "Prosecutors argued that … They also argued that …": the previous speaker, named by a plural noun. */
    Optional<String> groupOfPreviousSpeaker(Statement previous, int previousSentence, int sentenceIndex) {
        if (previous == null || previous.speaker() == null || previous.speakerPhrase() == null
                || sentenceIndex - previousSentence > 1) {
            return Optional.empty();
        }
        int phraseEnd = previous.speakerPhrase().end();
        return sentenceAt(previousSentence)
                .flatMap(s -> {
                    for (int i = 0; i < s.size(); i++) {
                        if (s.token(i).end() == phraseEnd) return pluralGroupAt(s, i);
                    }
                    return Optional.empty();
                })
                .filter(previous.speaker()::equals);
    }

    private Optional<String> pluralGroupAt(ParsedSentence s, int noun) {
        String tag = s.token(noun).pos();
        if (!tag.equals("NNS") && !tag.equals("NNPS")) return Optional.empty();
        return mentionOfPhrase(s, noun).map(ResolvedMention::actorId).filter(id -> !isPerson(id));
    }

    /**
     * "“…,” the company said" after "Novatek said …": a business named by the word for one is the
     * last organization named before it that is no body of a state and no group of people, within
     * the sentences a pronoun reaches back.
     */
    Optional<String> lastBusinessBefore(Token head, int sentenceIndex, int maxSentencesBack) {
        List<ResolvedMention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ResolvedMention m = mentions.get(i);
            if (m.span().begin() >= head.begin()) continue;
            if (sentenceIndex - m.sentence() > maxSentencesBack) break;
            if (isStatelessOrganization(m.actorId())) return Optional.of(m.actorId());
        }
        return Optional.empty();
    }

    /**
     * "The ministry admitted …" after "Russia's Ministry of Defense": a definite common noun that is
     * a word of an organization's name stands for the last such organization named before it. Nouns
     * before it must be in the name too: "the state security department" is not the "Justice
     * Department" named before it.
     */
    Optional<String> bodyNamedBefore(ParsedSentence sentence, int subject) {
        Token head = sentence.token(subject);
        List<String> words = new ArrayList<>();
        words.add(head.lemma().toLowerCase(Locale.ROOT));
        for (Dependency d : sentence.children(subject)) {
            if (d.relation().equals("compound")) {
                words.add(sentence.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        List<ResolvedMention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ResolvedMention m = mentions.get(i);
            if (m.span().begin() >= head.begin()) continue;
            boolean named = actors.actor(m.actorId()).filter(a -> a.type() == ActorType.ORGANIZATION)
                    .map(a -> List.of(a.label().toLowerCase(Locale.ROOT).split("\\s+")).containsAll(words))
                    .orElse(false);
            if (named) return Optional.of(m.actorId());
        }
        return Optional.empty();
    }

    /**
     * The speaker of the last statement before {@code head} that an organization of no state made:
     * the medium the article quoted last ("said The Sunday Times", "reported Al Jazeera"), as
     * government bodies are part of their state.
     */
    Optional<String> lastMediumQuoted(Token head) {
        String found = null;
        int foundAt = -1;
        for (Statement statement : earlier) {
            if (statement.speaker() == null || statement.span().begin() >= head.begin() || statement.span().begin() < foundAt) {
                continue;
            }
            if (isStatelessOrganization(statement.speaker())) {
                found = statement.speaker();
                foundAt = statement.span().begin();
            }
        }
        return Optional.ofNullable(found);
    }

    /** A resolved mention covering the subject head, or a name inside its phrase ("Kremlin spokesman X"). */
    Optional<ResolvedMention> mentionOfPhrase(ParsedSentence sentence, int subject) {
        return actors.mentionAt(sentence.token(subject).begin()).or(() -> nameHungOn(sentence, subject))
                .or(() -> PartlyTaggedNames.organizationHeadedBy(sentence, subject, actors));
    }

    /** The actor a name set beside a noun that describes its bearer names ({@link ParsedSentence#namesBeside}). */
    Optional<ResolvedMention> nameHungOn(ParsedSentence sentence, int noun) {
        for (int name : sentence.namesBeside(noun)) {
            Optional<ResolvedMention> m = actors.mentionAt(sentence.token(name).begin());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** An organization of no state that is no group of people: a company, a medium, an NGO. */
    private boolean isStatelessOrganization(String actorId) {
        return actors.actor(actorId).map(a -> a.type() == ActorType.ORGANIZATION && a.partOf() == null
                && !a.id().startsWith(ActorIds.GROUP_PREFIX)).orElse(false);
    }

    /** The parsed sentence of that index, if it was parsed before the current one. */
    Optional<ParsedSentence> sentenceAt(int index) {
        return sentencesSoFar.stream().filter(p -> p.sentence().index() == index).findFirst();
    }

    private boolean isPerson(String actorId) {
        return actors.actor(actorId).map(a -> a.type() == ActorType.PERSON).orElse(false);
    }
}
