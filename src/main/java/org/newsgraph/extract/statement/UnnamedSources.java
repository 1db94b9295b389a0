package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.SpeakingKinds;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.lexicon.CameoSectors;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorIds;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.ResolvedMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.WordList;

/**
 * Unnamed sources as speakers: "a senior government source told CNN", "one European official
 * said", "according to people familiar with the plans". Where no actor stands for the words that
 * name the speaker and they are headed by a kind of person, the statement's speaker becomes an
 * actor of its own: a person for one source, a group for several, labelled with the words as
 * written without their article ("senior government source"). Two articles' "a senior official"
 * are not known to be one person, so a source belongs to the sentence that names it: a wire story
 * printed twice keeps one source, other articles get others.
 */
public final class UnnamedSources {
    /** The article's actors with the sources added, and its statements with their speakers. */
    public record Attached(ResolvedActors actors, List<Statement> statements) {
    }

    /** The source's words lose their article and counting word: "a", "the", "one", "another", "some". */
    private static final Set<String> LEADING = Set.of("a", "an", "the", "one", "another", "some");
    private static final double CONFIDENCE = 0.8;

    private final WordList people = WordList.load("extract/speaker-nouns.txt");
    private final WordList positions = WordList.load("extract/position-words.txt");
    private final SpeakingKinds speakingKinds = SpeakingKinds.shared();
    private final AgentLexicon agents = AgentLexicon.shared();

    public Attached attach(AnalyzedText analyzed, ResolvedActors actors, List<Statement> statements) {
        Map<String, Actor> added = new LinkedHashMap<>();
        List<ResolvedMention> mentions = new ArrayList<>(actors.mentions());
        List<Statement> withSpeakers = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            Optional<Actor> source = statement.speaker() == null && statement.speakerPhrase() != null
                    ? source(analyzed, statement.speakerPhrase()) : Optional.empty();
            if (source.isEmpty() || actors.actor(source.get().id()).isPresent()) {
                withSpeakers.add(statement);
                continue;
            }
            Actor actor = added.merge(source.get().id(), source.get(), UnnamedSources::withMentions);
            Span phrase = statement.speakerPhrase();
            if (mentions.stream().noneMatch(m -> m.span().equals(phrase))) {
                MentionKind kind = actor.type() == ActorType.PERSON ? MentionKind.TITLE_ONLY : MentionKind.GROUP;
                int sentence = sentenceAt(analyzed, phrase.begin()).map(Sentence::index).orElse(-1);
                mentions.add(new ResolvedMention(phrase, sentence, actor.id(), kind));
            }
            withSpeakers.add(statement.withSpeaker(actor.id()));
        }
        if (added.isEmpty()) return new Attached(actors, statements);
        List<Actor> all = new ArrayList<>(actors.actors());
        all.addAll(added.values());
        return new Attached(new ResolvedActors(all, mentions), withSpeakers);
    }

    private Optional<Actor> source(AnalyzedText analyzed, Span phrase) {
        Optional<Sentence> found = sentenceAt(analyzed, phrase.begin());
        if (found.isEmpty()) return Optional.empty();
        Sentence sentence = found.get();
        ParsedSentence s = new ParsedSentence(sentence, analyzed.text());
        int first = s.tokenAt(phrase.begin());
        int last = s.tokenAt(phrase.end() - 1);
        if (first < 0 || last < 0) return Optional.empty();
        // the phrase as written may end with a relative pronoun ("a financial expert who") or count the
        // people it names ("one of the group's members"): the source is the people named
        while (last > first && (s.token(last).pos().startsWith("W") || s.token(last).word().equals(","))) last--;
        Optional<Integer> counted = countedPeople(s, first, last);
        if (counted.isPresent()) first = counted.get();
        int head = s.headOf(first, last);
        Token h = s.token(head);
        boolean plural = h.pos().equals("NNS");
        if (!plural && !h.pos().equals("NN") || !isKindOfPerson(h)) return Optional.empty();
        // one person with "the" or no article is someone the article names elsewhere ("the
        // parliamentary speaker", "Gov. …"); an unnamed one is indefinite ("a senior official")
        if (!plural && !isIndefinite(s, first)) return Optional.empty();
        // a name inside ("a source close to Patel") is fine; a name in front makes it someone's ("Biden's
        // aide"), and named members are the speakers ("experts including Dr. …", "candidates, including …")
        for (int i = first; i < head; i++) {
            if (s.token(i).pos().startsWith("NNP") || s.token(i).pos().equals("PRP$")) return Optional.empty();
        }
        for (int i = head + 1; i <= last; i++) {
            String word = s.token(i).word().toLowerCase(Locale.ROOT);
            if (word.equals(",") || word.equals("including")) return Optional.empty();
        }
        if (s.token(first).word().equalsIgnoreCase("no")) return Optional.empty();
        while (first < head && LEADING.contains(s.token(first).word().toLowerCase(Locale.ROOT))) first++;
        String label = analyzed.text().substring(s.token(first).begin(), s.token(last).end());
        // "people", "a man": people of no kind are nobody in particular
        if (first == last && agents.sectorOfName(label).filter(CameoSectors.PEOPLE::equals).isPresent()) return Optional.empty();
        String id = (plural ? ActorIds.GROUP_PREFIX : "person/") + "unnamed-"
                + Integer.toHexString(sentenceText(analyzed, sentence).hashCode()) + "-" + ActorIds.slug(label);
        return Optional.of(new Actor(id, plural ? ActorType.ORGANIZATION : ActorType.PERSON, label, Set.of(), null,
                null, null, null, null, CONFIDENCE, List.of(phrase)));
    }

    /** The first word of the group a count opens ("one of the group's members": "the"), if the phrase is such a count. */
    private static Optional<Integer> countedPeople(ParsedSentence s, int first, int last) {
        int head = s.headOf(first, last);
        if (!SpeakerPhrases.isQuantity(s.token(head))) return Optional.empty();
        return s.children(head, "nmod:of").stream().filter(c -> c > head && c <= last)
                .map(c -> s.tokenAt(s.nounPhrase(c).begin())).filter(t -> t > head).findFirst();
    }

    private static boolean isIndefinite(ParsedSentence s, int first) {
        return INDEFINITE.contains(s.token(first).word().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    private boolean isKindOfPerson(Token head) {
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        return people.contains(lemma) || positions.contains(lemma) || speakingKinds.contains(lemma);
    }

    private static Actor withMentions(Actor a, Actor b) {
        List<Span> spans = new ArrayList<>(a.mentions());
        spans.addAll(b.mentions());
        return new Actor(a.id(), a.type(), a.label(), a.names(), null, null, null, null, null, a.confidence(), spans);
    }

    private static String sentenceText(AnalyzedText analyzed, Sentence sentence) {
        return analyzed.text().substring(sentence.begin(), sentence.end());
    }

    private static Optional<Sentence> sentenceAt(AnalyzedText analyzed, int offset) {
        return analyzed.sentences().stream().filter(s -> s.begin() <= offset && offset < s.end()).findFirst();
    }
}
