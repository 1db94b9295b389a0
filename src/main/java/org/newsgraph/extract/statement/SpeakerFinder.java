package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.Representatives;
import org.newsgraph.lexicon.Acronyms;
import org.newsgraph.lexicon.PersonGender;
import org.newsgraph.lexicon.RoleWords;
import org.newsgraph.lexicon.TitleAbbreviations;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Statement;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnimateNouns;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Decides who a reporting verb's subject is: a named or titled actor in place, or, for pronouns
 * and bare titles ("he", "the spokesman"), the actor the text was last talking about.
 */
final class SpeakerFinder {
    /** Subject and object forms: "she said", "according to him". */
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her");
    private static final PersonGender GENDERS = PersonGender.shared();
    /** Pronouns and bare titles are followed back at most this many sentences. */
    private static final int MAX_SENTENCES_BACK = 4;
    /** Words for a business, which stand for the last company named ("the company said"). */
    private static final Set<String> BUSINESS_NOUNS = Set.of("company", "firm", "corporation", "conglomerate");
    /** Singular nouns for several people, which no one speaker is ("the couple", "the family"). */
    private static final Set<String> SEVERAL_PEOPLE = Set.of("couple", "family", "pair", "duo", "trio", "group", "team",
            "crowd", "panel", "board", "committee", "jury", "audience", "public");
    private final AnimateNouns animate = AnimateNouns.shared();
    /** Nouns that stand for the actor their modifiers name ("Russian authorities"). */
    private static final WordList PROXY_NOUNS = WordList.load("extract/actor-proxy-nouns.txt");
    /**
     * Nouns for the voice of the person their modifier names: "the Biden administration said",
     * "Di Maio's party said", "Netanyahu's office said", "Trump's campaign said".
     */
    private static final Set<String> VOICES_OF_A_PERSON = Set.of("administration", "government", "office", "campaign",
            "party", "camp", "team", "spokesman", "spokeswoman", "spokesperson");
    /**
     * Media that speak for a state when they are its own ("North Korean state media", "Chinese
     * state-run television"), and that, definite and alone, are the medium quoted before ("the
     * paper reported" after "said The Sunday Times").
     */
    private static final Set<String> MEDIA_NOUNS = Set.of("media", "television", "tv", "broadcaster", "radio",
            "agency", "newspaper", "paper", "outlet", "press", "site", "website", "magazine", "daily", "network",
            "channel", "tabloid", "broadsheet");
    /** The relations by which a modifier names whose someone is: "Ukrainian", "Russia's", "U.S.". */
    private static final Set<String> STATE_MODIFIERS = Set.of("amod", "nmod:poss", "compound");
    /** What a leader's officials serve in: "Biden's administration", "the Meloni government". */
    private static final Set<String> GOVERNMENTS = Set.of("administration", "government", "cabinet");

    private final ResolvedActors actors;
    private final WordList positions;
    /** The article's statements found so far, read for the phrases that named their speakers. */
    private final List<Statement> earlier;
    /** The article's sentences parsed so far, the current one last. */
    private final List<ParsedSentence> sentencesSoFar;
    private final String articleText;
    private final DocumentAuthors documentAuthors;
    private final BodyAntecedents antecedents;

    /** Whether a text offset lies inside quotation marks. */
    private final IntPredicate quoted;

    SpeakerFinder(ResolvedActors actors, WordList positions, List<Statement> earlier,
                  List<ParsedSentence> sentencesSoFar, String articleText, IntPredicate quoted) {
        this.actors = actors;
        this.quoted = quoted;
        this.positions = positions;
        this.earlier = earlier;
        this.sentencesSoFar = sentencesSoFar;
        this.articleText = articleText;
        this.documentAuthors = new DocumentAuthors(actors, earlier);
        this.antecedents = new BodyAntecedents(actors, sentencesSoFar, earlier);
    }

    /** A speaker and how sure we are of it. */
    record Speaker(String actorId, double confidence) {
    }

    Optional<Speaker> resolve(ParsedSentence sentence, int subject, Statement previous, int previousSentence) {
        Token head = sentence.token(subject);
        // "his guest Jason Whitlock said", "his mother Shelli Sullivan said": the name beside a description
        // says who, before whose guest he is or what group the noun alone would make
        boolean headNamesSomeone = actors.mentionAt(head.begin()).filter(m -> !m.actorId().startsWith(ActorIds.GROUP_PREFIX)).isPresent();
        Optional<ResolvedMention> beside = headNamesSomeone ? Optional.empty() : antecedents.nameHungOn(sentence, subject);
        if (beside.isPresent()) return Optional.of(new Speaker(beside.get().actorId(), 0.9));
        // "her office said", "his lawyer said": who speaks for one person speaks as that person (before
        // any group made of the words, "American attorneys", which would say nothing of whose they are)
        Optional<Token> owner = Representatives.owner(sentence, subject).map(sentence::token)
                .filter(t -> OWNER_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)));
        if (owner.isPresent()) return ownerCalled(sentence, owner.get(), previous, previousSentence);
        Optional<ResolvedMention> inPlace = antecedents.mentionOfPhrase(sentence, subject);
        if (inPlace.isPresent() && inPlace.get().actorId().startsWith(ActorIds.GROUP_PREFIX)) {
            // "the 57-year-old actor told People": a description of one names no group of actors
            Optional<Speaker> described = describedPerson(sentence, subject, previous, previousSentence);
            if (described.isPresent()) return described;
        }
        if (inPlace.isPresent()) return Optional.of(new Speaker(inPlace.get().actorId(), 0.9));
        String word = head.word().toLowerCase(Locale.ROOT);
        int sentenceIndex = sentence.sentence().index();
        if (PERSON_PRONOUNS.contains(word)) return personCalled(sentence, head, previous, previousSentence);
        if (word.equals("they")) {
            Optional<String> group = antecedents.groupOfPreviousSubject(sentenceIndex)
                    .or(() -> antecedents.groupOfPreviousSpeaker(previous, previousSentence, sentenceIndex));
            if (group.isPresent()) return group.map(id -> new Speaker(id, 0.6));
        }
        if (DocumentAuthors.isDocument(head)) {
            return documentAuthors.author(sentence, subject, sentencesSoFar).map(id -> new Speaker(id, 0.6));
        }
        if (MEDIA_NOUNS.contains(word) && isBareDefinite(sentence, subject)) {
            Optional<Speaker> medium = antecedents.lastMediumQuoted(head).map(id -> new Speaker(id, 0.6));
            if (medium.isPresent()) return medium;
        }
        if (word.equals("it") && previous != null && previous.speaker() != null
                && sentenceIndex - previousSentence <= MAX_SENTENCES_BACK && spokeAsABody(previous)) {
            return Optional.of(new Speaker(previous.speaker(), 0.7));
        }
        boolean position = positions.contains(head.lemma());
        // "the governor", "the former New Jersey governor": one holder of the title, named before
        boolean definiteTitle = position && head.pos().startsWith("NN") && !head.pos().endsWith("S")
                && isDefinite(sentence, subject);
        Optional<ResolvedMention> holder = definiteTitle ? lastHolderNamedBefore(sentence, subject) : Optional.empty();
        if (position && isBareDefinite(sentence, subject)) {
            // "the governor said" refers to the same speaker as an earlier "the governor said", unless
            // another governor was named since ("Gov. Doug Ducey signed …")
            Optional<Statement> sameNoun = lastStatementNamedBy(head)
                    .filter(st -> holder.isEmpty() || holder.get().span().begin() < st.speakerPhrase().begin());
            if (sameNoun.isPresent()) {
                return Optional.ofNullable(sameNoun.get().speaker()).map(id -> new Speaker(id, 0.6));
            }
        }
        if (holder.isPresent()) return Optional.of(new Speaker(holder.get().actorId(), 0.6));
        // "a spokesman said" after "spokesman John Kirby": the one holder of the title named before; not
        // for "Murdaugh's attorneys" (several, and a person's own, not the attorney general named earlier)
        if (position && !definiteTitle && !head.pos().endsWith("S") && !possessedByPerson(sentence, subject)) {
            // "a US official familiar with the matter" is no "former Pentagon official" named before: one who
            // left the office is named by it only with a word saying so ("a former U.S. president")
            boolean pastTitle = sentence.children(subject).stream()
                    .anyMatch(d -> RoleWords.isPastTitle(sentence.token(d.dependent()).word()));
            Optional<Speaker> named = actors.actors().stream()
                    .filter(a -> a.type() == ActorType.PERSON && a.position() != null
                            && a.position().toLowerCase(Locale.ROOT).contains(head.lemma())
                            && pastTitle == RoleWords.isPastTitle(a.position()))
                    .filter(a -> a.mentions().stream().anyMatch(m -> m.begin() < head.begin()))
                    .findFirst().map(a -> new Speaker(a.id(), 0.6));
            if (named.isPresent()) return named;
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (position || PROXY_NOUNS.contains(lemma) || VOICES_OF_A_PERSON.contains(lemma)) {
            Optional<Speaker> represented = stateOfModifiers(sentence, subject).or(() -> bodyRepresented(sentence, subject))
                    .or(() -> stateOfLeadersGovernment(sentence, subject));
            if (represented.isPresent()) return represented;
        }
        if (isStateMedia(sentence, subject)) {
            Optional<Speaker> state = stateOfModifiers(sentence, subject);
            if (state.isPresent()) return state;
        }
        if (head.pos().startsWith("NNP") && Acronyms.looksLikeAcronym(head.word())) {
            Optional<Speaker> spelled = organizationWithInitials(head.word());
            if (spelled.isPresent()) return spelled;
        }
        Optional<Speaker> described = describedPerson(sentence, subject, previous, previousSentence);
        if (described.isPresent()) return described;
        if (head.pos().startsWith("NNP")) return onlyPersonOfSurname(head);
        if (BUSINESS_NOUNS.contains(lemma) && isBareDefinite(sentence, subject)) {
            Optional<String> business = antecedents.lastBusinessBefore(head, sentenceIndex, MAX_SENTENCES_BACK);
            if (business.isPresent()) return business.map(id -> new Speaker(id, 0.6));
        }
        if (head.pos().equals("NN") && isDefinite(sentence, subject)) {
            return antecedents.bodyNamedBefore(sentence, subject).map(id -> new Speaker(id, 0.6));
        }
        return Optional.empty();
    }

    /** "Murdaugh's attorney": the noun names someone a person has, whatever title it is. */
    private static boolean possessedByPerson(ParsedSentence sentence, int noun) {
        return sentence.children(noun, "nmod:poss").stream().anyMatch(p -> sentence.token(p).isNer("PERSON"));
    }

    /**
     * "The billionaire said …" right after "according to investor George Soros": news writing names one
     * person again by a description ("the billionaire", "the legendary investor", "the 57-year-old
     * actor"); a definite singular noun for a living being, no title and nothing saying whose, is the
     * last speaker when that was a person and no other person was named since, or else the person the
     * sentence before had as its subject, when this one names nobody before it and the noun's sex allows
     * ("Pat Lee won the award. … the actor said"; not "The heartthrob succeeds actor Chris Evans").
     */
    private Optional<Speaker> describedPerson(ParsedSentence sentence, int subject, Statement previous, int previousSentence) {
        Token head = sentence.token(subject);
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        if (!head.pos().equals("NN") || !isDescriptionOfOne(sentence, subject) || !animate.isLowerCaseEntry(lemma)) {
            return Optional.empty();
        }
        int sentenceIndex = sentence.sentence().index();
        // a title is someone's if he holds it (lastHolderNamedBefore): the previous speaker only when
        // no other title is written for him ("Joe Biden said … the president said"), never whoever was named before
        boolean title = positions.contains(head.lemma());
        if (previous != null && previous.speaker() != null && isPerson(previous.speaker())
                && (!title || actors.actor(previous.speaker()).map(a -> a.position() == null).orElse(false))
                && sentenceIndex - previousSentence <= MAX_SENTENCES_BACK && !otherPersonNamedSince(previous, sentence, head)) {
            return Optional.of(new Speaker(previous.speaker(), 0.6));
        }
        if (title) return Optional.empty();
        List<String> subjects = subjectOfSentenceBefore(sentenceIndex).stream().filter(this::isPerson).distinct().toList();
        boolean nobodySince = actors.mentions().stream().noneMatch(m -> m.sentence() == sentenceIndex
                && m.span().begin() < head.begin() && isPerson(m.actorId()));
        if (subjects.size() != 1 || !nobodySince
                || !PersonGender.pronounOfNoun(lemma).map(p -> isPersonCalled(subjects.get(0), p)).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(subjects.get(0), 0.5));
    }

    /** The actors named as the subject of the main clause of the sentence before ("Pat Lee won the award"). */
    private List<String> subjectOfSentenceBefore(int sentenceIndex) {
        Optional<ParsedSentence> before = antecedents.sentenceAt(sentenceIndex - 1);
        if (before.isEmpty()) return List.of();
        ParsedSentence s = before.get();
        List<String> ids = new ArrayList<>();
        for (int subject : BodyAntecedents.mainClauseSubjects(s)) {
            actors.mentionAt(s.token(subject).begin()).ifPresent(m -> ids.add(m.actorId()));
        }
        return ids;
    }

    /** The person "he", "she" or "her" stands for: the previous speaker if so called and no one else was named since, else the last person named. */
    private Optional<Speaker> personCalled(ParsedSentence sentence, Token pronoun, Statement previous, int previousSentence) {
        return previousSpeakerCalled(sentence, pronoun, previous, previousSentence).map(id -> new Speaker(id, 0.75))
                .or(() -> lastPersonBefore(pronoun.begin(), sentence.sentence().index(), pronoun.word().toLowerCase(Locale.ROOT))
                        .map(id -> new Speaker(id, 0.6)));
    }

    /**
     * The person "his" or "her" of "his lawyer" stands for: the previous speaker so called if no one
     * else was named since, else the only person so called in the sentences before; none when two could be.
     */
    private Optional<Speaker> ownerCalled(ParsedSentence sentence, Token pronoun, Statement previous, int previousSentence) {
        Optional<String> speaker = previousSpeakerCalled(sentence, pronoun, previous, previousSentence);
        if (speaker.isPresent()) return speaker.map(id -> new Speaker(id, 0.6));
        String word = pronoun.word().toLowerCase(Locale.ROOT);
        int sentenceIndex = sentence.sentence().index();
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
        for (ResolvedMention m : actors.mentions()) {
            if (m.span().begin() < pronoun.begin() && sentenceIndex - m.sentence() <= MAX_SENTENCES_BACK
                    && isPersonCalled(m.actorId(), word)) {
                candidates.add(m.actorId());
            }
        }
        return candidates.size() == 1 ? Optional.of(new Speaker(candidates.iterator().next(), 0.6)) : Optional.empty();
    }

    /** The previous statement's speaker, when the pronoun can stand for them, they spoke in reach and no one else was named since. */
    private Optional<String> previousSpeakerCalled(ParsedSentence sentence, Token pronoun, Statement previous, int previousSentence) {
        boolean called = previous != null && previous.speaker() != null
                && isPersonCalled(previous.speaker(), pronoun.word().toLowerCase(Locale.ROOT))
                && sentence.sentence().index() - previousSentence <= MAX_SENTENCES_BACK
                && !otherPersonNamedSince(previous, sentence, pronoun);
        return called ? Optional.of(previous.speaker()) : Optional.empty();
    }

    /** "the official", "the paper": definite, with no word saying whose. */
    private static boolean isBareDefinite(ParsedSentence sentence, int noun) {
        return isDefinite(sentence, noun)
                && sentence.children(noun).stream().noneMatch(d -> STATE_MODIFIERS.contains(d.relation()));
    }

    /**
     * "the billionaire", "the legendary investor": definite, singular in meaning, with no owner, name or
     * nationality before it and no phrase after it that introduces someone new ("the submitter of the tip").
     */
    private static boolean isDescriptionOfOne(ParsedSentence sentence, int noun) {
        return isDefinite(sentence, noun) && !SEVERAL_PEOPLE.contains(sentence.token(noun).lemma().toLowerCase(Locale.ROOT))
                && sentence.children(noun).stream().noneMatch(d -> d.relation().equals("compound")
                        || d.relation().startsWith("nmod") || d.relation().startsWith("acl")
                        || d.relation().equals("amod") && sentence.token(d.dependent()).isName());
    }

    private static boolean isDefinite(ParsedSentence sentence, int noun) {
        return sentence.hasChildWord(noun, "det", "the");
    }

    /**
     * "the official said" after "a senior U.S. official said": a definite title with no modifier of
     * its own refers back to the last statement whose speaker was named by a phrase ending in the
     * same noun. That statement's speaker is this one's, even none: then nobody is guessed.
     */
    private Optional<Statement> lastStatementNamedBy(Token head) {
        Statement last = null;
        for (Statement statement : earlier) {
            Span phrase = statement.speakerPhrase();
            if (phrase == null || phrase.end() > head.begin()) continue;
            boolean sameNoun = lastWord(textOf(phrase)).equalsIgnoreCase(head.word());
            if (sameNoun && (last == null || phrase.begin() > last.speakerPhrase().begin())) last = statement;
        }
        return Optional.ofNullable(last);
    }

    /**
     * "“…,” it said" continues a statement of a state or an organization, or of a person speaking
     * through a body ("Di Maio's party said"), never of a person speaking in person.
     */
    private boolean spokeAsABody(Statement previous) {
        if (!isPerson(previous.speaker())) return true;
        Span phrase = previous.speakerPhrase();
        if (phrase == null) return false;
        return VOICES_OF_A_PERSON.contains(lastWord(textOf(phrase)).toLowerCase(Locale.ROOT));
    }

    private String textOf(Span span) {
        return articleText.substring(span.begin(), span.end());
    }

    /**
     * "a spokesperson for TikTok", "a spokesman for Johnson", "the Elysee spokesperson": an
     * unnamed person speaking for the body or person the phrase names. That actor is the speaker,
     * as the state is for "Ukrainian officials"; who exactly spoke the text does not say.
     */
    private Optional<Speaker> bodyRepresented(ParsedSentence sentence, int subject) {
        for (Dependency d : sentence.children(subject)) {
            boolean forWhom = d.relation().equals("nmod:for") || d.relation().equals("nmod:of");
            boolean modifier = STATE_MODIFIERS.contains(d.relation());
            if (!forWhom && !modifier) continue;
            Token modifierToken = sentence.token(d.dependent());
            boolean personsVoice = VOICES_OF_A_PERSON.contains(sentence.token(subject).lemma().toLowerCase(Locale.ROOT));
            Optional<String> actor = actors.mentionAt(modifierToken.begin()).map(ResolvedMention::actorId)
                    .filter(id -> actors.actor(id).map(a -> forWhom || a.type() == ActorType.ORGANIZATION
                            || personsVoice && a.type() == ActorType.PERSON).orElse(false))
                    .or(() -> modifier ? organizationStartingWith(modifierToken) : Optional.empty());
            if (actor.isPresent()) return Optional.of(new Speaker(actor.get(), 0.7));
        }
        return Optional.empty();
    }

    /**
     * "an Elysee spokesperson" in an article that names "the Elysee Palace": a capitalised modifier
     * that is not a name of its own but the first word of an organization of the article stands for
     * that organization (named before or after: the article is about the same body).
     */
    private Optional<String> organizationStartingWith(Token modifier) {
        if (!modifier.pos().startsWith("NNP")) return Optional.empty();
        return actors.actors().stream()
                .filter(a -> a.type() == ActorType.ORGANIZATION)
                .filter(a -> a.label().split("\\s+")[0].equalsIgnoreCase(modifier.word()))
                .map(a -> a.id()).findFirst();
    }

    /** A medium ("media", "television") with "state" or "official" written before it in its phrase. */
    private static boolean isStateMedia(ParsedSentence sentence, int subject) {
        if (!MEDIA_NOUNS.contains(sentence.token(subject).lemma().toLowerCase(Locale.ROOT))) return false;
        Span phrase = sentence.nounPhrase(subject);
        for (int i = 0; i < subject; i++) {
            Token t = sentence.token(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (t.begin() >= phrase.begin() && (word.equals("state") || word.equals("official"))) return true;
        }
        return false;
    }

    /** "the FT reported" in an article that names the Financial Times. */
    private Optional<Speaker> organizationWithInitials(String acronym) {
        return actors.actors().stream()
                .filter(a -> a.type() == ActorType.ORGANIZATION)
                .filter(a -> Acronyms.spells(acronym, a.label()) || a.names().stream().anyMatch(n -> Acronyms.spells(acronym, n)))
                .map(a -> new Speaker(a.id(), 0.6)).findFirst();
    }

    /**
     * "Schuster said" where "Carl Schuster" was named before and the surname alone was not taken
     * for a name: the one person of the article with that surname, if only one has it.
     */
    private Optional<Speaker> onlyPersonOfSurname(Token head) {
        List<String> ids = actors.actors().stream()
                .filter(a -> a.type() == ActorType.PERSON && a.mentions().stream().anyMatch(m -> m.begin() < head.begin()))
                .filter(a -> lastWord(a.label()).equalsIgnoreCase(head.word()))
                .map(a -> a.id()).toList();
        return ids.size() == 1 ? Optional.of(new Speaker(ids.get(0), 0.6)) : Optional.empty();
    }

    private static String lastWord(String label) {
        String[] words = label.strip().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * "Ukrainian officials said", "a senior U.S. official said", "Russian authorities said": people
     * nobody names, speaking for the state their modifier names. The state is the speaker, as
     * CAMEO codes such sources; a wrong person would be worse.
     */
    private Optional<Speaker> stateOfModifiers(ParsedSentence sentence, int subject) {
        for (int modifier : sentence.children(subject)
                .stream().filter(d -> STATE_MODIFIERS.contains(d.relation())).map(d -> d.dependent()).toList()) {
            Optional<String> state = actors.mentionAt(sentence.token(modifier).begin()).map(ResolvedMention::actorId)
                    .filter(actors::isState);
            if (state.isPresent()) return Optional.of(new Speaker(state.get(), 0.7));
        }
        return Optional.empty();
    }

    /**
     * "a senior official in Biden's administration", "a senior Biden administration official": an
     * unnamed official of a leader's government speaks for the state the leader represents.
     */
    private Optional<Speaker> stateOfLeadersGovernment(ParsedSentence sentence, int subject) {
        for (Dependency d : sentence.children(subject)) {
            boolean ofGovernment = d.relation().equals("compound") || d.relation().equals("nmod:in")
                    || d.relation().equals("nmod:of");
            if (!ofGovernment || !GOVERNMENTS.contains(sentence.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) continue;
            for (Dependency leader : sentence.children(d.dependent())) {
                if (!leader.relation().equals("nmod:poss") && !leader.relation().equals("compound")) continue;
                Optional<String> state = actors.mentionAt(sentence.token(leader.dependent()).begin()).map(ResolvedMention::actorId)
                        .flatMap(actors::actor).filter(a -> a.type() == ActorType.PERSON && a.represents() != null)
                        .map(a -> a.represents());
                if (state.isPresent()) return Optional.of(new Speaker(state.get(), 0.7));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether someone other than the previous speaker is named between that statement and the
     * pronoun: "…,” Lopez said. Marco Diaz disagreed. “…,” he said." — then "he" is Diaz, or unsure,
     * but not Lopez. Names count whether or not they were linked to an actor; names inside
     * quotation marks do not ("“Putin meets his guests …,” he said" after Peskov spoke is Peskov).
     */
    private boolean otherPersonNamedSince(Statement previous, ParsedSentence sentence, Token pronoun) {
        int since = previous.span().end();
        for (ResolvedMention m : actors.mentions()) {
            if (m.span().begin() >= since && m.span().begin() < pronoun.begin() && isPersonCalled(m.actorId(), pronoun.word())
                    && !m.actorId().equals(previous.speaker()) && !quoted.test(m.span().begin())) {
                return true;
            }
        }
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.token(i);
            if (t.begin() >= since && t.begin() < pronoun.begin() && t.isNer("PERSON") && !quoted.test(t.begin())
                    && actors.mentionAt(t.begin()).map(m -> !m.actorId().equals(previous.speaker())).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person last named before the title who holds it, abbreviated or not ("Gov. Andy Beshear"
     * for "the governor"), with every word that narrows it ("the former New Jersey governor" is no
     * former South Carolina governor); none when a phrase after the title or an owner says whose it is.
     * A position written without "former" may be one held before ("Vice President Mike Pence" is "the
     * former vice president" of a later sentence), but only when one person alone holds the rest of it.
     */
    private Optional<ResolvedMention> lastHolderNamedBefore(ParsedSentence sentence, int title) {
        List<String> narrowing = narrowingWords(sentence, title);
        if (narrowing == null) return Optional.empty();
        Token head = sentence.token(title);
        narrowing.add(TitleAbbreviations.expand(head.lemma().toLowerCase(Locale.ROOT)));
        List<ResolvedMention> before = actors.mentionsBefore(head.begin());
        Optional<ResolvedMention> holder = before.stream().filter(m -> holds(m.actorId(), narrowing)).findFirst();
        if (holder.isPresent() || !narrowing.remove("former")) return holder;
        List<ResolvedMention> earlierHolders = before.stream().filter(m -> holds(m.actorId(), narrowing)).toList();
        boolean one = earlierHolders.stream().map(ResolvedMention::actorId).distinct().count() == 1;
        return one ? Optional.of(earlierHolders.get(0)) : Optional.empty();
    }

    /** Ranks under an office: a vice president holds no presidency, unless the title says "vice" too. */
    private static final Set<String> LOWER_RANKS = Set.of("vice", "deputy", "assistant", "lieutenant", "under");

    private boolean holds(String actorId, List<String> titleWords) {
        return actors.actor(actorId).filter(a -> a.type() == ActorType.PERSON && a.position() != null)
                .map(a -> TitleAbbreviations.expand(a.position()).toLowerCase(Locale.ROOT))
                .filter(position -> titleWords.stream().allMatch(position::contains))
                .filter(position -> LOWER_RANKS.stream().noneMatch(rank -> !titleWords.contains(rank)
                        && java.util.Arrays.asList(position.split("[\\s-]+")).contains(rank)))
                .isPresent();
    }

    /**
     * The words before a title that say which one it is: "former", "vice", "Prime", places ("Kentucky",
     * "Russian"); a party or another name ("the Republican governor") narrows nothing a position says.
     * Null when an owner or a phrase after the title names whose it is.
     */
    private static List<String> narrowingWords(ParsedSentence sentence, int title) {
        List<String> words = new ArrayList<>();
        for (Dependency d : sentence.children(title)) {
            String r = d.relation();
            if (r.startsWith("nmod") || r.equals("appos") || r.startsWith("acl")) return null;
            if (!r.equals("amod") && !r.equals("compound")) continue;
            Token t = sentence.token(d.dependent());
            boolean place = t.isPlace() || t.isNer("NATIONALITY");
            boolean name = t.isNer("MISC") || t.isNer("ORGANIZATION") || t.isNer("PERSON");
            if (place || !name) {
                words.add(TitleAbbreviations.expand(t.word().toLowerCase(Locale.ROOT)));
            }
        }
        return words;
    }

    private boolean isPerson(String actorId) {
        return actors.actor(actorId).map(a -> a.type() == ActorType.PERSON).orElse(false);
    }

    /** A person the pronoun can stand for: not one whose first name or title says the other gender. */
    private boolean isPersonCalled(String actorId, String pronoun) {
        return actors.actor(actorId).map(a -> GENDERS.canStandFor(pronoun, a)).orElse(false);
    }

    private Optional<String> lastPersonBefore(int offset, int sentenceIndex, String pronoun) {
        List<ResolvedMention> mentions = actors.mentions();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ResolvedMention m = mentions.get(i);
            if (m.span().begin() >= offset) continue;
            if (sentenceIndex - m.sentence() > MAX_SENTENCES_BACK) break;
            if (isPersonCalled(m.actorId(), pronoun)) return Optional.of(m.actorId());
        }
        return Optional.empty();
    }
}
