package org.newsgraph.eval;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Loads the hand-written test graphs (TriG) and gold files (JSON) from test resources. */
final class EvalFixtures {
    private EvalFixtures() {
    }

    static Dataset dataset(String name) {
        Dataset dataset = DatasetFactory.createTxnMem();
        try (InputStream in = resource(name + ".trig")) {
            RDFDataMgr.read(dataset, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataset;
    }

    static GoldFile gold(String name) {
        try (InputStream in = resource(name + ".json")) {
            return GoldFile.read(in, name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scores name.trig against name.json. */
    static ScoreReport evaluate(String name) {
        return new GraphEvaluator(dataset(name)).evaluate(gold(name), name + ".json");
    }

    static Scores scoresOf(ScoreReport report, String sourceId) {
        return report.articles().stream()
                .filter(article -> article.sourceId().equals(sourceId))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + sourceId))
                .scores();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(EvalFixtures.class.getResourceAsStream(name), "test resource " + name);
    }
}
