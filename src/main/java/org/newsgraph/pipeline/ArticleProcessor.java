package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.extract.ActorExtractor;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.StatementExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.ActorResolver;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.ResolvedActors;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.NlpPipeline;

/** Runs the stages nlp → extract → link on one article. Thread-safe. */
public final class ArticleProcessor implements ArticleExtractor {
    private final NlpPipeline nlp;
    private final ActorExtractor actorExtractor;
    private final ActorResolver actorResolver;
    private final StatementExtractor statementExtractor;

    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            StatementExtractor statementExtractor) {
        this.nlp = nlp;
        this.actorExtractor = actorExtractor;
        this.actorResolver = actorResolver;
        this.statementExtractor = statementExtractor;
    }

    /** The shared CoreNLP pipeline with the gazetteer shipped in the jar. */
    public static ArticleProcessor createDefault() {
        return new ArticleProcessor(NlpPipeline.shared(), new ActorExtractor(), new ActorResolver(Gazetteer.load()),
                new StatementExtractor());
    }

    public Extraction process(Article article) {
        return extract(article, new StageTimes());
    }

    @Override
    public Extraction extract(Article article, StageTimes times) {
        AnalyzedText analyzed = times.time(Stage.NLP, () -> nlp.analyze(article.text(), article.published()));
        times.addTokens(analyzed.sentences().stream().mapToLong(sentence -> sentence.tokens().size()).sum());
        return times.time(Stage.EXTRACT, () -> {
            ResolvedActors actors = actorResolver.resolve(actorExtractor.extract(analyzed), article.published());
            List<Statement> statements = statementExtractor.extract(analyzed, actors, article.published());
            return new Extraction(article, actors.actors(), statements, List.of());
        });
    }
}
