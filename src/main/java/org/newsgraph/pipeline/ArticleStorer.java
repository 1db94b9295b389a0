package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/**
 * Takes one article all the way into the store: language check, extraction, mapping to RDF, SHACL
 * validation, and the atomic replacement of the article's named graph. Shared by {@code build} and
 * the server's live ingestion so both apply the same checks. Never throws for a bad article: the
 * result says what happened. Thread-safe.
 */
public final class ArticleStorer {
    private final ArticleProcessor processor;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final ShaclValidator validator;
    private final GraphStore store;
    private final ArticleScreen screen = new ArticleScreen(TextLimits.DEFAULT);

    public ArticleStorer(ArticleProcessor processor, ShaclValidator validator, GraphStore store) {
        this.processor = processor;
        this.validator = validator;
        this.store = store;
    }

    public StoreResult store(Article article) {
        String graphName = Iris.article(article.sourceId());
        List<String> problems = new ArrayList<>();
        Optional<Article> analysed = screen.screen(article, problems::add);
        if (analysed.isEmpty()) {
            return StoreResult.rejected(article, graphName, problems);
        }
        Extraction extraction;
        Graph graph;
        try {
            extraction = processor.extract(analysed.get(), new StageTimes());
            graph = mapper.map(extraction);
        } catch (RuntimeException | StackOverflowError e) {
            // one article the NLP or mapping code cannot handle must not end a run over thousands
            problems.add("extraction failed (" + e + "); the article was not stored. Please report this with the input");
            return StoreResult.rejected(article, graphName, problems);
        }
        ValidationResult validation = validator.validate(graph);
        if (!validation.conforms()) {
            problems.add("graph violates ontology/shapes.ttl, not stored: " + validation.describe()
                    + ". Please report this with the input");
            return StoreResult.rejected(article, graphName, problems);
        }
        try {
            store.replaceArticle(graphName, graph);
        } catch (RuntimeException e) {
            problems.add("storing failed (" + e.getMessage() + "); the article was not stored. Check the disk space"
                    + " and the database directory, then build again");
            return StoreResult.rejected(article, graphName, problems);
        }
        return new StoreResult(article, true, graphName, extraction.actors().size(), extraction.statements().size(),
                extraction.events().size(), graph.size(), problems);
    }
}
