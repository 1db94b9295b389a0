package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.ActorExtractor;
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

    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            StatementExtractor statementExtractor) {
        this(nlp, actorExtractor, actorResolver, ActorLinker.NONE, statementExtractor);
    }

    /** @param actorLinker links what the gazetteer left unlinked (Wikidata), before statements name speakers */
    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            ActorLinker actorLinker, StatementExtractor statementExtractor) {
        this.nlp = nlp;
        this.actorExtractor = actorExtractor;
        this.actorResolver = actorResolver;
        this.actorLinker = actorLinker;
        this.statementExtractor = statementExtractor;
    }

    /** The shared CoreNLP pipeline with the gazetteer shipped in the jar. */
    public static ArticleProcessor createDefault() {
        return createDefault(ActorLinker.NONE);
    }

    /** {@link #createDefault()} with a further linking step (Wikidata) after the gazetteer. */
    public static ArticleProcessor createDefault(ActorLinker actorLinker) {
        return new ArticleProcessor(NlpPipeline.shared(), new ActorExtractor(), new ActorResolver(Gazetteer.load()),
                actorLinker, new StatementExtractor());
    }

    public Extraction process(Article article) {
        AnalyzedText analyzed = nlp.analyze(article.text(), article.published());
        ResolvedActors actors = actorLinker.link(
                actorResolver.resolve(actorExtractor.extract(analyzed), article.published()), article.published());
        List<Statement> statements = statementExtractor.extract(analyzed, actors, article.published());
        return new Extraction(article, actors.actors(), statements, List.of());
    }
}
