package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.robustness.ArticleTexts;
import org.newsgraph.serve.TestHttp;

/** {@code bench extract} on two articles, one of which cannot be stored: the figures, and why. */
class BenchExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheFiguresAndWhyAnArticleWasNotStored() throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"),
                TestHttp.jsonLine("english", "2024-06-01", ArticleTexts.GOOD.get(1))
                        + TestHttp.jsonLine("german", "2024-06-01", ArticleTexts.GERMAN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            NewsgraphCommand.commandLine().execute("bench", "extract", "--corpus", corpus.toString(), "--limit", "2",
                    "--db", dir.resolve("db").toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("1 stored, 1 failed"), printed);
        assertTrue(printed.contains("CPU s per article"), printed);
        assertTrue(warnings.contains("warning: ") && warnings.contains("corpus.jsonl:2")
                && warnings.contains("English"), warnings);
    }
}
