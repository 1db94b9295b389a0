package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.robustness.ArticleTexts;
import picocli.CommandLine;

/** {@code build --ids FILE}: only the listed articles of a larger input, ids from a list or a gold file. */
class BuildIdsOptionTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void idsComeFromATextListWithComments() throws Exception {
        Path list = Files.writeString(dir.resolve("ids.txt"), "# wanted\nb-2\n\n  c-3  # trailing note\n");
        assertEquals(List.of("b-2", "c-3"), List.copyOf(ArticleIdList.read(list)));
    }

    @Test
    void idsComeFromAGoldFile() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.json"),
                "{\"articles\": [{\"id\": \"b-2\"}, {\"file\": \"x.txt\"}]}");
        assertEquals(Set.of("b-2", "x.txt"), ArticleIdList.read(gold));
    }

    @Test
    void onlyTheListedArticlesAreBuiltAndMissingIdsAreReported() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, line("a-1", 0) + line("b-2", 1));
        Path list = Files.writeString(dir.resolve("ids.txt"), "b-2\nz-9\n");
        int status = build("--ids", list.toString(), corpus.toString());
        assertEquals(ExitCodes.PARTIAL, status, output());
        assertTrue(output().contains("1 articles read, 1 stored"), output());
        assertTrue(output().contains("1 of the 2 ids of " + list + " were not found"), output());
    }

    @Test
    void anEmptyListIsAUsageError() throws Exception {
        Path list = Files.writeString(dir.resolve("ids.txt"), "# nothing\n");
        assertEquals(ExitCodes.USAGE, build("--ids", list.toString(), dir.toString()), output());
        assertTrue(output().contains("lists no article id"), output());
    }

    private static String line(String id, int text) {
        return "{\"id\": \"" + id + "\", \"published\": \"2024-01-02\", \"text\": \""
                + ArticleTexts.GOOD.get(text).replace("\"", "\\\"").replace("\n", "\\n") + "\"}\n";
    }

    private int build(String... args) {
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new CommandLine(new BuildCommand(print, print)).execute(all);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
