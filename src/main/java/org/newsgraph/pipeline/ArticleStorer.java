package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.GraphStore;

/**
 * Takes one article all the way into the store, for the server's live ingestion: the checks before
 * extraction ({@link ArticleScreen}), then the per-article work of every build
 * ({@link ArticleGraphBuilder}: extraction, RDF with the content hash, SHACL), then the atomic
 * replacement of the article's named graph. Never throws for a bad article: the result says what
 * happened. Thread-safe.
 */
public final class ArticleStorer {
    private final ArticleGraphBuilder builder;
    private final GraphStore store;
    private final ArticleScreen screen = new ArticleScreen(TextLimits.DEFAULT);

    public ArticleStorer(ArticleGraphBuilder builder, GraphStore store) {
        this.builder = builder;
        this.store = store;
    }

    public StoreResult store(Article article) {
        String graphName = ArticleGraphBuilder.graphName(article);
        List<String> problems = new ArrayList<>();
        Optional<Article> analysed = screen.screen(article, problems::add);
        if (analysed.isEmpty()) {
            return StoreResult.rejected(article, graphName, problems);
        }
        BuiltArticle built;
        try {
            built = builder.build(analysed.get(), new StageTimes());
        } catch (RuntimeException | StackOverflowError e) {
            // one article the NLP or mapping code cannot handle must not end a run over thousands
            problems.add("extraction failed (" + e + "); the article was not stored. Please report this with the input");
            return StoreResult.rejected(article, graphName, problems);
        }
        if (!built.valid()) {
            problems.add("graph violates ontology/shapes.ttl, not stored: " + built.validation().describe()
                    + ". Please report this with the input");
            return StoreResult.rejected(article, graphName, problems);
        }
        try {
            store.replaceArticle(graphName, built.graph());
        } catch (RuntimeException e) {
            problems.add("storing failed (" + e.getMessage() + "); the article was not stored. Check the disk space"
                    + " and the database directory, then build again");
            return StoreResult.rejected(article, graphName, problems);
        }
        Extraction extraction = built.extraction();
        return new StoreResult(article, true, graphName, extraction.actors().size(),
                extraction.statements().size(), extraction.events().size(), built.graph().size(), problems);
    }
}
