package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.robustness.BadInputCorpus.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.robustness.BadInputCorpus;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

/**
 * One {@code build} over a corpus of bad inputs mixed with good articles (see {@link BadInputCorpus}):
 * each bad input gets a warning naming it and saying what to do, every good article is stored, the
 * summary counts add up, and the exit status says that something went wrong.
 */
class BuildBadInputTest {
    private static final Pattern WARNING = Pattern.compile("^warning: (.*)$", Pattern.MULTILINE);
    private static final Pattern SUMMARY = Pattern.compile(
            "Built .*: (\\d+) articles read, (\\d+) stored, (\\d+) not stored, (\\d+) warnings;");
    /** A warning must tell the user what to do; these verbs start that part of every message. */
    private static final Pattern ACTION = Pattern.compile(
            "\\b(check|give|put|remove|fix|split|re-save|convert|rename|save|fill|report|write)\\b", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;
    private static Path corpus;
    private static Path db;
    private static int exitStatus;
    private static String out;
    private static List<String> warnings;

    @BeforeAll
    static void buildTheCorpus() throws Exception {
        corpus = BadInputCorpus.write(dir.resolve("inputs"));
        db = dir.resolve("db");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        exitStatus = new CommandLine(new BuildCommand(print(stdout), print(stderr)))
                .execute("--db", db.toString(), "--threads", "2", corpus.toString());
        out = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
        warnings = WARNING.matcher(out).results().map(m -> m.group(1)).toList();
    }

    @Test
    void everyGoodArticleIsStoredAndNothingElse() {
        try (GraphStore store = GraphStore.open(db)) {
            for (String id : STORED) {
                assertTrue(store.contains(Iris.article(id)), id + " was not stored\n" + out);
            }
            for (String id : NOT_STORED) {
                assertFalse(store.contains(Iris.article(id)), id + " was stored");
            }
            assertEquals(STORED.size(), store.articleCount());
        }
    }

    @Test
    void summaryCountsAddUp() {
        Matcher summary = SUMMARY.matcher(out);
        assertTrue(summary.find(), out);
        assertEquals(STORED.size() + NOT_STORED.size(), Integer.parseInt(summary.group(1)), "read");
        assertEquals(STORED.size(), Integer.parseInt(summary.group(2)), "stored");
        assertEquals(NOT_STORED.size(), Integer.parseInt(summary.group(3)), "not stored");
        assertEquals(warnings.size(), Integer.parseInt(summary.group(4)), "warnings");
        assertTrue(out.contains("Warnings (" + warnings.size() + "):"), "the warnings are repeated at the end");
    }

    @Test
    void exitStatusSaysSomethingFailed() {
        assertEquals(ExitCodes.PARTIAL, exitStatus, out);
    }

    @Test
    void everyWarningNamesItsInputAndSaysWhatToDo() {
        for (String warning : warnings) {
            assertTrue(warning.startsWith(corpus.toString()), "no input named: " + warning);
            assertTrue(ACTION.matcher(warning).find(), "no advice: " + warning);
        }
    }

    @Test
    void emptyFile() {
        assertWarning(txt(EMPTY), "empty");
    }

    @Test
    void binaryFile() {
        assertWarning(txt(BINARY), "binary data");
    }

    @Test
    void invalidUtf8IsReplacedAndTheArticleStored() {
        assertWarning(txt(INVALID_UTF8), "invalid UTF-8");
        assertWarning(jsonl(FEED_INVALID_UTF8_LINE), "invalid UTF-8");
    }

    @Test
    void twentyMegabyteArticleIsCutForTheNlpStageAndStored() {
        String cut = warnings.stream().filter(w -> w.startsWith(txt(HUGE) + ": the text has ")).findFirst()
                .orElseThrow(() -> new AssertionError("no warning for " + txt(HUGE) + "\n" + out));
        Matcher length = Pattern.compile("the text has ([\\d,]+) characters").matcher(cut);
        assertTrue(length.find() && Long.parseLong(length.group(1).replace(",", "")) >= HUGE_BYTES * 9 / 10, cut);
        assertWarning(txt(HUGE), "Split it");
    }

    @Test
    void fileBeyondTheReaderLimitIsSkipped() {
        assertWarning(txt(OVERSIZED), "more than the 20,971,520");
    }

    @Test
    void runOnSentenceOfFiftyThousandWordsIsAnalysedInPieces() {
        assertWarning(txt(RUN_ON), String.format("the longest: %,d words", RUN_ON_WORDS));
        assertWarning(txt(RUN_ON), "punctuation");
    }

    @Test
    void scriptsFramesAndFormsNeverReachTheGraph() {
        try (GraphStore store = GraphStore.open(db)) {
            for (String name : HIDDEN_NAMES) {
                String surname = name.substring(name.indexOf(' ') + 1);
                String ask = "ASK { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"" + surname + "\")) }";
                assertFalse(store.ask(ask), name + " from a script, frame or form is in the graph");
            }
        }
        assertTrue(warnings.stream().noneMatch(w -> w.startsWith(html(SCRIPTS))), warnings.toString());
        assertWarning(html(ONLY_SCRIPTS), "no readable text");
    }

    @Test
    void malformedJsonlLinesAreSkippedWithTheirLineNumbers() {
        assertWarning(jsonl(FEED_MALFORMED_LINE), "not valid JSON");
        assertWarning(jsonl(FEED_NO_TEXT_LINE), "has no \"text\"");
        assertWarning(jsonl(FEED_NO_ID_LINE), "no \"id\"");
        assertWarning(jsonl(FEED_ARRAY_LINE), "not a JSON object");
    }

    @Test
    void invalidAndMissingDatesLeaveTheArticleUndated() {
        assertWarning(jsonl(FEED_IMPOSSIBLE_DATE_LINE), "\"2024-02-30\" is not a date");
        assertWarning(jsonl(FEED_WORDY_DATE_LINE), "\"last Tuesday\" is not a date");
        assertWarning(manifest(MANIFEST_BAD_DATE_LINE), "\"2024-13-45\" is not a date");
        assertWarning(txt(NO_DATE), "no publication date");
        assertWarning(jsonl(11), "no publication date");
    }

    @Test
    void duplicateIdIsSkipped() {
        assertWarning(jsonl(FEED_DUPLICATE_LINE), "duplicate source id \"feed-1\"");
    }

    @Test
    void nonEnglishTextIsNotStored() {
        assertWarning(txt(RUSSIAN), "cyrillic");
        assertWarning(txt(GERMAN), "does not look like English");
    }

    @Test
    void manifestNamingAMissingFile() {
        assertWarning(manifest(MANIFEST_MISSING_LINE), "\"" + MISSING + "\", which is not in");
    }

    private static void assertWarning(String origin, String part) {
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(origin + ": ") && w.contains(part)),
                "no warning for " + origin + " containing " + part + " in\n" + String.join("\n", warnings));
    }

    private static String txt(String file) {
        return corpus.resolve(TXT).resolve(file).toString();
    }

    private static String html(String file) {
        return corpus.resolve(HTML).resolve(file).toString();
    }

    private static String manifest(int line) {
        return txt(MANIFEST) + ":" + line;
    }

    private static String jsonl(int line) {
        return corpus.resolve(JSONL).resolve(FEED) + ":" + line;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
