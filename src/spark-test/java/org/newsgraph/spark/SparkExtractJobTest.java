package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.NewsgraphCommand;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;

/**
 * The Spark runner in local mode on invented articles: shards out, loadable by the bulk loader, and
 * holding exactly the quads {@code build --bulk} writes for the same input, so that the runner
 * cannot drift from the local path unnoticed. Runs with {@code mvn -Pspark test}, the README's
 * test command.
 */
class SparkExtractJobTest {
    @TempDir
    Path dir;

    @Test
    void extractsJsonlIntoNQuadsShardsTheBulkLoaderReads() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, """
                {"id": "sp-1", "published": "2031-05-02", "title": "Envoy warns", "text": "Freedonian envoy Ana Ruiz said on Monday that the talks had failed."}
                {"id": "sp-2", "published": "2031-05-03", "title": "Minister visits", "text": "The foreign minister of Sylvania, Omar Haddad, visited Paris on Tuesday."}

                {"id": "sp-3", "published": "2031-05-04", "title": "Army moves", "text": "\\"We are ready,\\" General Lea Novak told reporters."}
                """);
        Path output = dir.resolve("shards");
        SparkConf conf = new SparkConf().setMaster("local[*]").setAppName("newsgraph test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        SparkExtractJob.Summary summary;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            summary = SparkExtractJob.run(spark, List.of(input.toString()), output.toString(), 2);
        }

        assertEquals(3, summary.articles());
        assertEquals(0, summary.failed());
        List<Path> shards = shards(output);
        assertEquals(2, shards.size());
        long lines = 0;
        List<String> sparkQuads = new ArrayList<>();
        for (Path shard : shards) sparkQuads.addAll(Files.readAllLines(shard).stream().filter(l -> !l.isBlank()).toList());
        assertEquals(summary.triples(), sparkQuads.size());

        Path localQuads = dir.resolve("local.nq");
        assertEquals(0, NewsgraphCommand.commandLine().execute("build", "--bulk", "--db", dir.resolve("local-db").toString(),
                "--nquads", localQuads.toString(), input.toString()));
        List<String> buildQuads = new ArrayList<>(Files.readAllLines(localQuads).stream().filter(l -> !l.isBlank()).toList());
        sparkQuads.sort(null);
        buildQuads.sort(null);
        assertEquals(buildQuads, sparkQuads, "the Spark runner writes what build --bulk writes for the same articles");

        Path db = dir.resolve("db");
        assertEquals(summary.triples(), BulkLoader.loadIntoNewDatabase(db, shards).quads());
        try (GraphStore store = GraphStore.open(db)) {
            for (String id : List.of("sp-1", "sp-2", "sp-3")) assertTrue(store.contains(Iris.article(id)), id);
        }
    }

    private static List<Path> shards(Path output) throws Exception {
        try (Stream<Path> files = Files.list(output)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList());
        }
    }
}
