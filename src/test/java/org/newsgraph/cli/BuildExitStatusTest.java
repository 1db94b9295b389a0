package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.robustness.ArticleTexts;
import picocli.CommandLine;

/** The exit status of {@code build}: 0 all stored, 3 nothing stored (1 is in BuildBadInputTest). */
class BuildExitStatusTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void everythingStoredIsSuccess() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("one.jsonl"), "{\"id\": \"one\", \"published\": \"2024-01-02\", \"text\": \""
                + ArticleTexts.GOOD.get(0).replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n");
        assertEquals(ExitCodes.OK, build(inputs), output());
    }

    @Test
    void noArticleFoundIsFatal() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(inputs.resolve("README.md"), "not an article");
        assertEquals(ExitCodes.FATAL, build(inputs), output());
        assertTrue(output().contains("no article was found"), output());
    }

    @Test
    void nothingStoredIsFatal() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("bad"));
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.writeString(inputs.resolve("other.txt"), ArticleTexts.GERMAN);
        assertEquals(ExitCodes.FATAL, build(inputs), output());
        assertTrue(output().contains("no article was stored; see the warnings above"), output());
    }

    @Test
    void missingInputIsFatal() {
        assertEquals(ExitCodes.FATAL, build(dir.resolve("nowhere")), output());
        assertTrue(output().contains("does not exist"), output());
    }

    private int build(Path inputs) {
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        return new CommandLine(new BuildCommand(print, print))
                .execute("--db", dir.resolve("db").toString(), inputs.toString());
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
