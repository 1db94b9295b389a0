package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** Scores the graph in a dataset against a gold file (rules: docs/eval.md). */
public final class GraphEvaluator {
    private final Dataset dataset;

    public GraphEvaluator(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Scores every gold article; {@code goldName} names the gold file in the report. */
    public ScoreReport evaluate(GoldFile gold, String goldName) {
        // Txn joins a read transaction the caller may already hold; TDB2 needs one for any read.
        return dataset.calculateRead(() -> score(gold, goldName, new GraphArticleReader(allGraphs())));
    }

    /** The events missed and the spurious ones, per CAMEO root and one by one. */
    public EventErrors eventErrors(GoldFile gold) {
        EventErrors errors = new EventErrors();
        forEachArticle(gold, errors::add);
        return errors;
    }

    /** The statements missed and the spurious ones, one by one. */
    public StatementErrors statementErrors(GoldFile gold) {
        StatementErrors errors = new StatementErrors();
        forEachArticle(gold, errors::add);
        return errors;
    }

    /** Each gold article with the graph's (empty if the article is not in the store). */
    private void forEachArticle(GoldFile gold, BiConsumer<GoldArticle, GraphArticle> action) {
        dataset.executeRead(() -> {
            GraphArticleReader reader = new GraphArticleReader(allGraphs());
            for (GoldArticle goldArticle : gold.articles()) {
                action.accept(goldArticle, reader.read(goldArticle.sourceId())
                        .orElseGet(() -> GraphArticle.empty(goldArticle.sourceId())));
            }
        });
    }

    private ScoreReport score(GoldFile gold, String goldName, GraphArticleReader reader) {
        List<ArticleScore> articles = new ArrayList<>();
        Set<String> notInGold = new LinkedHashSet<>(reader.sourceIds());
        for (GoldArticle goldArticle : gold.articles()) {
            notInGold.remove(goldArticle.sourceId());
            Optional<GraphArticle> graphArticle = reader.read(goldArticle.sourceId());
            articles.add(new ArticleScore(goldArticle.sourceId(), graphArticle.isEmpty(),
                    score(goldArticle, graphArticle.orElseGet(() -> GraphArticle.empty(goldArticle.sourceId())))));
        }
        return new ScoreReport(goldName, articles, List.copyOf(notInGold));
    }

    static Scores score(GoldArticle gold, GraphArticle graph) {
        return new Scores(EntityScorer.score(gold, graph), StatementScorer.score(gold, graph),
                EventScorer.score(gold, graph));
    }

    /**
     * Every named graph (one per article in the store), plus the default graph so that data
     * loaded there is not silently ignored. Union drops triples present in both.
     */
    private Model allGraphs() {
        DatasetGraph datasetGraph = dataset.asDatasetGraph();
        Graph all = new Union(datasetGraph.getDefaultGraph(), datasetGraph.getUnionGraph());
        return ModelFactory.createModelForGraph(all);
    }
}
