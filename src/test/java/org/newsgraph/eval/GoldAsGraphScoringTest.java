package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A graph that states exactly the gold facts must score 1 on every figure. */
class GoldAsGraphScoringTest {

    private static void assertPerfect(GoldFile gold) {
        ScoreReport report = new GraphEvaluator(GoldAsGraph.of(gold)).evaluate(gold, "gold");
        Scores total = report.total();
        assertTrue(report.missing().isEmpty());
        assertOne(total.entities().recall(), "entity recall");
        assertOne(total.entities().precision(), "entity precision");
        assertOne(total.statements().counts().recall(), "statement recall");
        assertOne(total.statements().counts().precision(), "statement precision");
        assertOne(total.statements().kind().accuracy(), "kind accuracy");
        assertOne(total.events().counts().recall(), "event recall");
        assertOne(total.events().counts().precision(), "event precision");
        assertOne(total.events().modality().accuracy(), "modality accuracy");
        assertOne(total.events().cameoCode().accuracy(), "code accuracy");
    }

    private static void assertOne(OptionalDouble value, String what) {
        assertEquals(1.0, value.orElseThrow(() -> new AssertionError(what + " undefined")), 1e-9, what);
    }

    @Test
    void handWrittenGoldScoresPerfectly() {
        List<GoldArticle> all = Stream.of("entities", "statements", "events")
                .flatMap(name -> EvalFixtures.gold(name).articles().stream())
                .toList();
        assertPerfect(new GoldFile(all, null));
    }

    @Test
    void sharedSeedGoldScoresPerfectlyWhenPresent() throws IOException {
        Path seeds = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
                .resolve("../shared/gold/seeds.json").normalize();
        assumeTrue(Files.isRegularFile(seeds), "skipped: " + seeds + " not found (../shared is absent)");
        assertPerfect(GoldFile.read(seeds));
    }
}
