package org.newsgraph.pipeline;

import java.util.List;
import java.util.function.Consumer;
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
public final class ArticleProcessor {
    private final NlpPipeline nlp;
    private final ActorExtractor actorExtractor;
    private final ActorResolver actorResolver;
    private final StatementExtractor statementExtractor;
    private final NlpInputGuard guard;

    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            StatementExtractor statementExtractor) {
        this(nlp, actorExtractor, actorResolver, statementExtractor, TextLimits.DEFAULT);
    }

    public ArticleProcessor(NlpPipeline nlp, ActorExtractor actorExtractor, ActorResolver actorResolver,
                            StatementExtractor statementExtractor, TextLimits limits) {
        this.nlp = nlp;
        this.actorExtractor = actorExtractor;
        this.actorResolver = actorResolver;
        this.statementExtractor = statementExtractor;
        this.guard = new NlpInputGuard(limits);
    }

    /** The shared CoreNLP pipeline with the gazetteer shipped in the jar. */
    public static ArticleProcessor createDefault() {
        return new ArticleProcessor(NlpPipeline.shared(), new ActorExtractor(), new ActorResolver(Gazetteer.load()),
                new StatementExtractor());
    }

    /** {@link #process(Article, Consumer)}, dropping the notes on text that was cut. */
    public Extraction process(Article article) {
        return process(article, note -> { });
    }

    /**
     * Extracts actors and statements from an article. Text past the {@link TextLimits} is cut first
     * (see {@link NlpInputGuard}); the extraction then refers to the cut text.
     *
     * @param notes receives one message per change made to the text, for the user
     */
    public Extraction process(Article article, Consumer<String> notes) {
        GuardedText guarded = guard.guard(article.text());
        guarded.notes().forEach(notes);
        Article analysed = guarded.changed() ? withText(article, guarded.text()) : article;
        AnalyzedText analyzed = nlp.analyze(analysed.text(), analysed.published());
        ResolvedActors actors = actorResolver.resolve(actorExtractor.extract(analyzed), analysed.published());
        List<Statement> statements = statementExtractor.extract(analyzed, actors, analysed.published());
        return new Extraction(analysed, actors.actors(), statements, List.of());
    }

    private static Article withText(Article article, String text) {
        return new Article(article.sourceId(), text, article.title(), article.published(), article.publisher(),
                article.url(), article.origin());
    }
}
