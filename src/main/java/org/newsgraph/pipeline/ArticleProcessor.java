package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.PublisherVoice;
import org.newsgraph.extract.actor.ActorExtractor;
import org.newsgraph.extract.event.EventExtractor;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.extract.statement.UnnamedSources;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.link.ActorLinker;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.ResolvedActors;
import org.newsgraph.model.Statement;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/** Runs the stages nlp → extract → link on one article. Thread-safe. */
public final class ArticleProcessor implements ArticleExtractor {
    private final NlpPipeline nlp;
    private final ActorExtractor actorExtractor;
    private final ActorResolver actorResolver;
    private final ActorLinker actorLinker;
    private final StatementExtractor statementExtractor;
    private final UnnamedSources unnamedSources = new UnnamedSources();
    private final EventExtractor eventExtractor;
    private final NlpInputGuard guard;

    /**
     * @param actorLinker links what the gazetteer left unlinked (Wikidata), before statements name speakers
     * @param limits      how much text the language models are given (see {@link NlpInputGuard})
     */
    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            ActorLinker actorLinker, StatementExtractor statementExtractor,
                            EventExtractor eventExtractor, TextLimits limits) {
        this.nlp = nlp;
        this.actorExtractor = actorExtractor;
        this.actorResolver = actorResolver;
        this.actorLinker = actorLinker;
        this.statementExtractor = statementExtractor;
        this.eventExtractor = eventExtractor;
        this.guard = new NlpInputGuard(limits);
    }

    /** The shared CoreNLP pipeline with the gazetteer shipped in the jar. */
    public static ArticleProcessor createDefault() {
        return createDefault(ActorLinker.NONE);
    }

    /** {@link #createDefault()} with a further linking step (Wikidata) after the gazetteer. */
    public static ArticleProcessor createDefault(ActorLinker actorLinker) {
        return createDefault(actorLinker, TextLimits.DEFAULT);
    }

    /** {@link #createDefault(ActorLinker)} with other limits on the text given to the models. */
    public static ArticleProcessor createDefault(ActorLinker actorLinker, TextLimits limits) {
        Gazetteer gazetteer = Gazetteer.load();
        return new ArticleProcessor(NlpPipeline.shared(), new ActorExtractor(), new ActorResolver(gazetteer),
                actorLinker, new StatementExtractor(), new EventExtractor(gazetteer), limits);
    }

    /** {@link #process(Article, Consumer)}, dropping the notes on text that was cut. */
    public Extraction process(Article article) {
        return process(article, note -> { });
    }

    /**
     * Extracts actors, statements and events from an article. Text past the {@link TextLimits} is
     * cut first (see {@link NlpInputGuard}); the extraction then refers to the cut text.
     *
     * @param notes receives one message per change made to the text, for the user
     */
    public Extraction process(Article article, Consumer<String> notes) {
        return extract(guard(article, notes), new StageTimes());
    }

    /** The article with its text cut to the {@link TextLimits}, each cut reported to {@code notes}. */
    public Article guard(Article article, Consumer<String> notes) {
        GuardedText guarded = guard.guard(article.text());
        guarded.notes().forEach(notes);
        return guarded.changed() ? withText(article, guarded.text()) : article;
    }

    /** Extracts an article whose text is within the limits (see {@link #guard}). */
    @Override
    public Extraction extract(Article article, StageTimes times) {
        LocalDate date = article.published();
        AnalyzedText analyzed = times.time(Stage.NLP, () -> nlp.analyze(article.text(), date));
        times.addTokens(analyzed.sentences().stream().mapToLong(sentence -> sentence.tokens().size()).sum());
        return times.time(Stage.EXTRACT, () -> {
            ResolvedActors actors = actorLinker.link(
                    actorResolver.resolve(actorExtractor.extract(analyzed), date), date);
            UnnamedSources.Attached attached = unnamedSources.attach(analyzed, actors,
                    statementExtractor.extract(analyzed, actors, date));
            PublisherVoice.Result own = PublisherVoice.withoutPublisher(article.publisher(), attached.actors(),
                    attached.statements());
            return new Extraction(article, own.actors().actors(), own.statements(),
                    eventExtractor.extract(analyzed, own.actors(), own.statements(), date));
        });
    }

    private static Article withText(Article article, String text) {
        return new Article(article.sourceId(), text, article.title(), article.published(), article.publisher(),
                article.url(), article.origin());
    }
}
