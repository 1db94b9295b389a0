package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.ActorExtractor;
import org.newsgraph.extract.EventExtractor;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.ActorLinker;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.ResolvedActors;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/** Runs the stages nlp → extract → link on one article. Thread-safe. */
public final class ArticleProcessor {
    private final NlpPipeline nlp;
    private final ActorExtractor actorExtractor;
    private final ActorResolver actorResolver;
    private final ActorLinker actorLinker;
    private final StatementExtractor statementExtractor;
    private final EventExtractor eventExtractor;

    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            ActorLinker actorLinker, StatementExtractor statementExtractor,
                            EventExtractor eventExtractor) {
        this.nlp = nlp;
        this.actorExtractor = actorExtractor;
        this.actorResolver = actorResolver;
        this.actorLinker = actorLinker;
        this.statementExtractor = statementExtractor;
        this.eventExtractor = eventExtractor;
    }

    /** The shared CoreNLP pipeline with the gazetteer shipped in the jar. */
    public static ArticleProcessor createDefault() {
        return createDefault(ActorLinker.NONE);
    }

    /** {@link #createDefault()} with a further linking step (Wikidata) after the gazetteer. */
    public static ArticleProcessor createDefault(ActorLinker actorLinker) {
        Gazetteer gazetteer = Gazetteer.load();
        return new ArticleProcessor(NlpPipeline.shared(), new ActorExtractor(), new ActorResolver(gazetteer),
                actorLinker, new StatementExtractor(), new EventExtractor(gazetteer));
    }

    public Extraction process(Article article) {
        AnalyzedText analyzed = nlp.analyze(article.text(), article.published());
        ResolvedActors actors = actorLinker.link(
                actorResolver.resolve(actorExtractor.extract(analyzed), article.published()), article.published());
        List<Statement> statements = statementExtractor.extract(analyzed, actors, article.published());
        return new Extraction(article, actors.actors(), statements,
                eventExtractor.extract(analyzed, actors, statements, article.published()));
    }
}
