package org.newsgraph.eval;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ActorType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GraphEvaluatorTest {
    private static final String ARTICLE = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <urn:article:a> a ng:Article ; ng:sourceId "a.txt" .
            <https://w3id.org/newsgraph/id/Q1001> a ng:State ; rdfs:label "Ruritania" ; ng:mentionedIn <urn:article:a> .
            """;

    private static GoldFile gold() {
        GoldArticle article = new GoldArticle("a.txt", null,
                List.of(new GoldEntity("Ruritania", ActorType.STATE, "Q1001")), null, null);
        return new GoldFile(List.of(article), null);
    }

    @Test
    void readsTheDefaultGraphTooAndTakesTheIdFromALinkedActorIri() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(ARTICLE, Lang.TURTLE).parse(dataset));
        ScoreReport report = new GraphEvaluator(dataset).evaluate(gold(), "g");
        assertFalse(report.articles().get(0).missing());
        assertEquals(new PrfCounts(1, 1, 1, 1), report.total().entities());
    }

    @Test
    void runsInsideATransactionTheCallerAlreadyHolds() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString(ARTICLE, Lang.TURTLE).parse(dataset));
        ScoreReport report = Txn.calculateRead(dataset, () -> new GraphEvaluator(dataset).evaluate(gold(), "g"));
        assertEquals(new PrfCounts(1, 1, 1, 1), report.total().entities());
    }

    @Test
    void emptyDatasetListsEveryGoldArticleAsMissing() {
        ScoreReport report = new GraphEvaluator(DatasetFactory.createTxnMem()).evaluate(gold(), "g");
        assertEquals(List.of("a.txt"), report.missing());
        assertEquals(new PrfCounts(1, 0, 0, 0), report.total().entities());
    }
}
