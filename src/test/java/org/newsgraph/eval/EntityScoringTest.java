package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity rules, one gold article each, on an in-memory dataset (entities.trig / entities.json). */
class EntityScoringTest {
    private static ScoreReport report;

    @BeforeAll
    static void evaluate() {
        report = EvalFixtures.evaluate("entities");
    }

    private static PrfCounts entities(String sourceId) {
        return EvalFixtures.scoresOf(report, sourceId).entities();
    }

    @Test
    void idMatchesThoughLabelsDiffer() {
        assertEquals(new PrfCounts(1, 1, 1, 1), entities("id-match.txt"));
    }

    @Test
    void labelsMatchAfterNormalisationAndUnlinkedActorsAreNotInPrecision() {
        // Diacritics and hyphen (via an altLabel), "The" and "St."/"Mary's", and a gold id whose
        // actor the graph left unlinked but named alike.
        assertEquals(new PrfCounts(3, 3, 0, 0), entities("label-match.txt"));
        assertTrue(entities("label-match.txt").precision().isEmpty());
    }

    @Test
    void typeMismatchIsNotFoundButTheLinkIsRight() {
        assertEquals(new PrfCounts(1, 0, 1, 1), entities("type-mismatch.txt"));
    }

    @Test
    void wrongLinkLowersPrecisionAndIsNotRescuedByItsName() {
        assertEquals(new PrfCounts(2, 1, 2, 1), entities("wrong-link.txt"));
    }

    @Test
    void actorsMentionedOnlyInOtherArticlesDoNotCount() {
        assertEquals(new PrfCounts(1, 0, 0, 0), entities("scoping.txt"));
    }

    @Test
    void missingArticleScoresZeroRecallAndIsListed() {
        ArticleScore missing = report.articles().get(report.articles().size() - 1);
        assertTrue(missing.missing());
        assertEquals("missing-42", missing.sourceId());
        assertEquals(new PrfCounts(1, 0, 0, 0), missing.scores().entities());
        assertEquals(List.of("missing-42"), report.missing());
        assertFalse(report.articles().get(0).missing());
    }

    @Test
    void graphArticlesOutsideTheGoldAreListedNotScored() {
        assertEquals(List.of("extra.txt"), report.notInGold());
    }

    @Test
    void totalsSumTheCounts() {
        assertEquals(new PrfCounts(9, 5, 4, 3), report.total().entities());
        assertEquals(5.0 / 9, report.total().entities().recall().getAsDouble(), 1e-9);
        assertEquals(3.0 / 4, report.total().entities().precision().getAsDouble(), 1e-9);
    }
}
