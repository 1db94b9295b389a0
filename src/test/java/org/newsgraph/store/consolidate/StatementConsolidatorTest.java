package org.newsgraph.store.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.consolidate.StatementConsolidator.Report;

/** Which reports of one speaker are one statement repeated across articles. */
class StatementConsolidatorTest {
    private static final StatementConsolidator CONSOLIDATOR = new StatementConsolidator();
    private static final String WORDS = "Sanctions against Moscow will stay until every soldier leaves Ukraine";

    private static Report report(String id, String article, String text) {
        return new Report("s:" + id, "speaker", text, "a:" + article, null, null);
    }

    private static List<String> ids(List<Report> cluster) {
        return cluster.stream().map(Report::statement).toList();
    }

    @Test
    void theSameWordsInTwoArticlesAreOneStatement() {
        List<List<Report>> clusters = CONSOLIDATOR.clusters(List.of(
                report("1", "x", WORDS), report("2", "y", "\u201c" + WORDS + ",\u201d")));
        assertEquals(List.of(List.of("s:1", "s:2")), clusters.stream().map(StatementConsolidatorTest::ids).toList());
    }

    @Test
    void aTrimmedQuoteJoinsTheFullOne() {
        List<List<Report>> clusters = CONSOLIDATOR.clusters(List.of(
                report("1", "x", WORDS + ", whatever it costs us"), report("2", "y", "sanctions will stay until every soldier leaves")));
        assertEquals(1, clusters.size());
    }

    @Test
    void repeatsWithinOneArticleAreNoConsolidatedStatement() {
        assertTrue(CONSOLIDATOR.clusters(List.of(report("1", "x", WORDS), report("2", "x", WORDS))).isEmpty());
    }

    @Test
    void anotherArticleJoinsEveryRepeatOfTheWords() {
        List<List<Report>> clusters = CONSOLIDATOR.clusters(List.of(
                report("1", "x", WORDS), report("2", "x", WORDS), report("3", "y", WORDS + " soon")));
        assertEquals(List.of(List.of("s:1", "s:2", "s:3")), clusters.stream().map(StatementConsolidatorTest::ids).toList());
    }

    @Test
    void differentWordsAndShortTextsStayApart() {
        assertTrue(CONSOLIDATOR.clusters(List.of(
                report("1", "x", WORDS), report("2", "y", "The talks in Geneva ended without any agreement on grain"),
                report("3", "x", "We will see"), report("4", "y", "We will see"))).isEmpty());
    }

    @Test
    void aChainOfOverlapsIsOneStatement() {
        List<List<Report>> clusters = CONSOLIDATOR.clusters(List.of(
                report("1", "x", "alpha bravo charlie delta echo"),
                report("2", "y", "alpha bravo charlie delta echo foxtrot golf hotel"),
                report("3", "z", "charlie delta echo foxtrot golf hotel")));
        assertEquals(List.of(List.of("s:1", "s:2", "s:3")), clusters.stream().map(StatementConsolidatorTest::ids).toList());
    }

    @Test
    void thousandsOfRepeatsAreGroupedWithoutComparingEveryPair() {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) reports.add(report(String.valueOf(i), "article" + i, WORDS));
        List<List<Report>> clusters = CONSOLIDATOR.clusters(reports);
        assertEquals(1, clusters.size());
        assertEquals(5_000, clusters.get(0).size());
    }
}
