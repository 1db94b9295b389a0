package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.BuildRunner;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.robustness.ArticleTexts;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import org.newsgraph.store.ValidationResult;

/**
 * Kills (SIGKILL) a {@code newsgraph build} process while it stores articles: the database opens,
 * holds only whole articles (each exactly the graph a complete build makes), and building again
 * completes it.
 */
class BuildCrashTest {
    private static final int ARTICLES = 24;
    /** Stored articles to wait for before the kill. */
    private static final int KILL_AFTER = 3;
    private static final Pattern STORED = Pattern.compile("^\\[(\\d+)\\] ");

    @TempDir
    Path dir;

    @Test
    void killedBuildLeavesWholeArticlesAndARerunCompletesIt() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        writeArticles(inputs.resolve("articles.jsonl"));
        Path db = dir.resolve("db");

        int seenStored = buildAndKill(db, inputs);
        assertTrue(seenStored >= KILL_AFTER, "the build was killed before it stored " + KILL_AFTER + " articles");

        Map<String, Graph> afterCrash;
        try (GraphStore store = GraphStore.open(db)) {
            afterCrash = copyGraphs(store.dataset());
        }
        assertTrue(afterCrash.size() >= seenStored && afterCrash.size() < ARTICLES,
                afterCrash.size() + " articles after the crash; " + seenStored + " were reported stored");
        ShaclValidator validator = ShaclValidator.fromClasspath();
        afterCrash.forEach((name, graph) -> {
            ValidationResult result = validator.validate(graph);
            assertTrue(result.conforms(), name + " after the crash: " + result.describe());
        });

        try (GraphStore store = GraphStore.open(db)) {
            BuildSummary rerun = new BuildRunner(ArticleProcessor.createDefault(), validator, store,
                    new PrintStream(PrintStream.nullOutputStream()), 2).run(List.of(inputs));
            // the rerun skips the whole articles the crash left and extracts the rest
            assertEquals(ARTICLES, rerun.articles() + rerun.skipped(), rerun.warnings().toString());
            assertEquals(ARTICLES, store.articleCount());
            Map<String, Graph> complete = copyGraphs(store.dataset());
            afterCrash.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(complete.get(name)),
                    name + " after the crash differs from the same article built completely:\n"
                            + difference(graph, complete.get(name))));
        }
    }

    /** Runs {@code build} in a child JVM and kills it once it reported storing a few articles. */
    private static int buildAndKill(Path db, Path inputs) throws Exception {
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), NewsgraphCommand.class.getName(),
                "build", "--db", db.toString(), "--threads", "1", inputs.toString())
                .redirectErrorStream(true)
                .start();
        int stored = 0;
        StringBuilder output = new StringBuilder();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                Matcher m = STORED.matcher(line);
                if (m.find()) stored = Integer.parseInt(m.group(1));
                if (stored >= KILL_AFTER) break;
            }
        } finally {
            build.destroyForcibly();
            build.waitFor();
        }
        assertTrue(stored >= KILL_AFTER, "the build ended before the kill:\n" + output);
        return stored;
    }

    private static String difference(Graph crashed, Graph complete) {
        StringBuilder out = new StringBuilder();
        crashed.find().filterDrop(complete::contains).forEach(t -> out.append("  only after the crash: ").append(t).append('\n'));
        complete.find().filterDrop(crashed::contains).forEach(t -> out.append("  only when complete: ").append(t).append('\n'));
        return out.toString();
    }

    private static Map<String, Graph> copyGraphs(Dataset dataset) {
        Map<String, Graph> graphs = new HashMap<>();
        Txn.executeRead(dataset, () -> dataset.listNames().forEachRemaining(name -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getNamedModel(name).getGraph().find().forEach(copy::add);
            graphs.put(name, copy);
        }));
        return graphs;
    }

    private static void writeArticles(Path file) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            String text = "Report " + (i + 1) + ". " + ArticleTexts.GOOD.get(i % ArticleTexts.GOOD.size());
            jsonl.append("{\"id\": \"crash-").append(i).append("\", \"published\": \"2024-06-")
                    .append(String.format("%02d", i % 28 + 1)).append("\", \"text\": \"")
                    .append(text.replace("\"", "\\\"").replace("\n", "\\n")).append("\"}\n");
        }
        Files.writeString(file, jsonl);
    }
}
