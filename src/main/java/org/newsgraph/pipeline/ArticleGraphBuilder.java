package org.newsgraph.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/**
 * Takes one article from text to a validated article graph: the per-article work of every build,
 * whether it stores the graph, writes it as N-Quads or runs on a Spark executor. Thread-safe.
 */
public final class ArticleGraphBuilder {
    private final ArticleExtractor extractor;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private final ShaclValidator validator;
    private final ContentHash contentHash;

    public ArticleGraphBuilder(ArticleExtractor extractor, ShaclValidator validator, ContentHash contentHash) {
        this.extractor = extractor;
        this.validator = validator;
        this.contentHash = contentHash;
    }

    /** The shared CoreNLP pipeline, the shipped shapes and the running build's content hash. */
    public static ArticleGraphBuilder createDefault() {
        return new ArticleGraphBuilder(ArticleProcessor.createDefault(), ShaclValidator.fromClasspath(),
                ContentHash.ofRunningBuild());
    }

    /** The IRI of the named graph {@code article} belongs in. */
    public static String graphName(Article article) {
        return Iris.article(article.sourceId());
    }

    /** The content hash an up-to-date graph of {@code article} carries. */
    public String contentHash(Article article) {
        return contentHash.of(article);
    }

    /**
     * Extracts, maps and validates {@code article}, timing each stage.
     *
     * @throws RuntimeException when an extractor fails on the article
     */
    public BuiltArticle build(Article article, StageTimes times) {
        Extraction extraction = extractor.extract(article, times);
        String graphName = ExtractionMapper.graphName(extraction);
        Graph graph = times.time(Stage.RDF, () -> {
            Graph mapped = mapper.map(extraction);
            mapped.add(NodeFactory.createURI(graphName), NG.contentHash.asNode(),
                    NodeFactory.createLiteralString(contentHash.of(article)));
            return mapped;
        });
        ValidationResult validation = times.time(Stage.VALIDATE, () -> validator.validate(graph));
        return new BuiltArticle(extraction, graphName, graph, validation);
    }
}
