package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.ParsedSentence;
import org.newsgraph.extract.actor.ActorReferences;
import org.newsgraph.extract.actor.AgentLexicon;
import org.newsgraph.extract.actor.PronounResolver;
import org.newsgraph.extract.actor.ReferenceWords;
import org.newsgraph.extract.event.modality.ModalityCues;
import org.newsgraph.extract.event.modality.ModalityFinder;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Valence;
import org.newsgraph.lexicon.WordClasses;
import org.newsgraph.model.Event;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.WordList;

/**
 * Finds CAMEO-coded events between actors: triggers from a dictionary kept as data
 * (extract/cameo-triggers.tsv) applied over the dependency parses, roles resolved to the article's
 * actors, modality and conditions from the words around the trigger, the commitments and refusals
 * they imply, dates from SUTime, and the statement that states each event.
 *
 * <p>Thread-safe: the word lists are read once and each call keeps its state to itself.
 */
public final class EventExtractor {
    private final Gazetteer gazetteer;
    private final WordClasses classes = WordClasses.shared();
    private final ReferenceWords referenceWords = ReferenceWords.load(classes);
    private final TriggerDictionary dictionary = TriggerDictionary.load(classes, referenceWords);
    private final ModalityCues cues = ModalityCues.load();
    private final WordList lightVerbs = referenceWords.lightVerbs();
    private final WordList reportingVerbs = WordList.load("extract/reporting-verbs.txt");
    private final ModalityFinder modalities = new ModalityFinder(cues, reportingVerbs, lightVerbs);
    private final TriggerEvents triggers = new TriggerEvents(dictionary, classes, modalities);
    private final CommitmentEvents commitments = new CommitmentEvents(modalities);
    private final JudgementStatements judgements = new JudgementStatements(classes, Valence.shared(), modalities, dictionary);
    private final ThreatCompletion threats = new ThreatCompletion(classes, modalities);
    private final RequestedActs requests = new RequestedActs(triggers);
    private final SpeakerSides speakers = new SpeakerSides(reportingVerbs);
    private final StatedIntentions intentions = new StatedIntentions(speakers);
    private final ExchangeEvents exchanges = new ExchangeEvents(classes);
    private final StatedAccusations accusations = new StatedAccusations(speakers);
    private final BackingModifiers backing = new BackingModifiers(modalities);
    private final RepressionCodes repression = new RepressionCodes(AgentLexicon.shared());
    private final CaptureCodes captures = new CaptureCodes(AgentLexicon.shared());
    private final ReductionCodes reductions = new ReductionCodes(classes, modalities);
    private final VerbalAttackCodes verbalAttacks = new VerbalAttackCodes();
    private final ForceReadings force = new ForceReadings(classes, AgentLexicon.shared());
    private final CommentRequests commentRequests = new CommentRequests(classes);
    private final ElectoralContests elections = new ElectoralContests(classes);
    private final PrivateAffairs privateAffairs;

    /** @param gazetteer for capitals used as places in event roles ("weapons from Pyongyang") */
    public EventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.privateAffairs = new PrivateAffairs(gazetteer);
    }

    /**
     * @param statements  the article's statements, in the order of the extraction (events refer to them by index)
     * @param articleDate the publication date, for telling planned events by their date; may be null
     */
    public List<Event> extract(AnalyzedText analyzed, ResolvedActors actors, List<Statement> statements,
                               LocalDate articleDate) {
        List<ParsedSentence> sentences = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) sentences.add(new ParsedSentence(sentence, analyzed.text()));
        ActorReferences references = new ActorReferences(actors, referenceWords,
                new PronounResolver(actors, sentences, statements), sentences, gazetteer);
        RoleFinder roles = new RoleFinder(references, lightVerbs, reportingVerbs, cues, classes);
        List<EventDraft> all = new ArrayList<>();
        List<EventDraft> awaiting = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            List<EventDraft> drafts = new ArrayList<>(triggers.find(s, roles, articleDate));
            drafts.stream().filter(d -> d.awaitsOtherSide).forEach(awaiting::add);
            drafts.removeIf(d -> d.awaitsOtherSide);
            List<EventDraft> sentenceEvents = new ArrayList<>(backing.find(s, references));
            sentenceEvents.addAll(judgements.find(s, statements, references, actors));
            all.addAll(complete(drafts, sentenceEvents, statements, actors, references, roles));
        }
        // the event nouns that found their other side elsewhere in the article go the same way
        Map<ParsedSentence, List<EventDraft>> resolved = new LinkedHashMap<>();
        ConflictPlaces warPlaces = new ConflictPlaces(sentences, references, actors, classes);
        for (EventDraft d : EventCoreference.resolve(awaiting, all, warPlaces::placeOf)) {
            resolved.computeIfAbsent(d.sentence, k -> new ArrayList<>()).add(d);
        }
        for (List<EventDraft> drafts : resolved.values()) {
            all.addAll(complete(new ArrayList<>(drafts), List.of(), statements, actors, references, roles));
        }
        return EventAssembler.assemble(all, statements, analyzed.text());
    }

    /**
     * One sentence's trigger events, recoded, completed, with the events derived from them and the
     * sentence's other events (backing modifiers, judging statements), cleaned up.
     */
    private List<EventDraft> complete(List<EventDraft> drafts, List<EventDraft> sentenceEvents, List<Statement> statements,
                                      ResolvedActors actors, ActorReferences references, RoleFinder roles) {
        reductions.recode(drafts);
        force.dropContests(drafts);
        elections.drop(drafts);
        commentRequests.drop(drafts);
        NamingClauses.drop(drafts);
        ConditionLinker.link(drafts);
        threats.complete(drafts, references);
        requests.recode(drafts, references);
        drafts.addAll(exchanges.derive(drafts));
        drafts.addAll(commitments.derive(drafts, roles));
        drafts.addAll(intentions.derive(drafts, statements, actors, roles));
        drafts.addAll(accusations.derive(drafts, statements, actors, roles));
        drafts.addAll(sentenceEvents);
        List<EventDraft> kept = EventCleanup.apply(drafts, actors);
        repression.recode(kept, actors);
        captures.recode(kept, references);
        verbalAttacks.recode(kept, actors);
        force.recodePoliticalAttacks(kept, actors);
        force.dropUnarmed(kept, actors);
        force.dropPostureWithoutArms(kept);
        force.recodePrivateViolence(kept, actors);
        force.dropPrivateCoercion(kept, actors);
        privateAffairs.drop(kept, actors);
        return kept;
    }
}
