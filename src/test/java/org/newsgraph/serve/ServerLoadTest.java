package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.it.SeedGraph;
import org.newsgraph.robustness.ArticleTexts;

/**
 * A bounded load test on the loopback interface: CLIENTS threads send the canned queries of
 * queries/ and a few more, as fast as answers come, for SECONDS seconds, while one client ingests
 * articles over the authenticated endpoint. No request may fail. The default suite runs a short
 * version; docs/reliability.md gives the full command and its figures:
 * <pre>mvn -B -o test -Dtest=ServerLoadTest -Dnewsgraph.load.clients=32 -Dnewsgraph.load.seconds=60</pre>
 */
class ServerLoadTest {
    private static final int CLIENTS = Integer.getInteger("newsgraph.load.clients", 8);
    private static final int SECONDS = Integer.getInteger("newsgraph.load.seconds", 5);
    private static final String USER = "loader";
    private static final String PASSWORD = "load test only";
    private static final List<String> MORE_QUERIES = List.of(
            "SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> }",
            "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    + " SELECT ?speaker ?text WHERE { ?s a ng:Statement ; ng:speaker/rdfs:label ?speaker ; ng:text ?text }"
                    + " LIMIT 50",
            "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                    + " SELECT ?actor ?label (COUNT(?article) AS ?mentions) WHERE { ?actor ng:mentionedIn ?article ;"
                    + " rdfs:label ?label } GROUP BY ?actor ?label ORDER BY DESC(?mentions) LIMIT 20",
            "ASK { ?s ?p ?o }");

    @TempDir
    Path dir;

    @Test
    void queriesAndIngestionUnderLoadAllSucceed() throws Exception {
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        SeedGraph.build(db);
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        NewsgraphServer server = NewsgraphServer.builder().database(db).port(0).passwordFile(passwd).build().start();
        try {
            run(server);
        } finally {
            server.stop();
        }
    }

    private void run(NewsgraphServer server) throws Exception {
        List<String> queries = cannedQueries();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        TestHttp http = new TestHttp(server.baseUrl());
        LoadFigures queryFigures = new LoadFigures();
        LoadFigures ingestFigures = new LoadFigures();
        AtomicInteger ingested = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(SECONDS).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int first = c;
            clients.add(pool.submit(() -> {
                for (int i = first; System.nanoTime() < deadline; i++) {
                    String query = queries.get(i % queries.size());
                    timed(queryFigures, () -> client.send(http.request("/newsgraph/query")
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                            .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString()));
                }
                return null;
            }));
        }
        clients.add(pool.submit(() -> {
            for (int batch = 0; System.nanoTime() < deadline; batch++) {
                String body = TestHttp.jsonLine("load-" + batch, "2024-07-01",
                        ArticleTexts.GOOD.get(batch % ArticleTexts.GOOD.size()));
                HttpResponse<String> response = timed(ingestFigures, () -> client.send(
                        TestHttp.login(http.request("/newsgraph/ingest"), USER, PASSWORD)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
                if (response != null && response.statusCode() == 200) ingested.incrementAndGet();
            }
            return null;
        }));
        for (Future<?> c : clients) c.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format("Load test: %d query clients, %d s, loopback%n  queries:   %s%n"
                        + "  ingestion: %s; %d articles stored%n", CLIENTS, SECONDS, queryFigures.describe(seconds),
                ingestFigures.describe(seconds), ingested.get());
        System.out.print(report);
        Files.writeString(Path.of("target", "load-report.txt"), report);
        assertEquals(List.of(), queryFigures.errors(), "failed queries");
        assertEquals(List.of(), ingestFigures.errors(), "failed ingestions");
        assertTrue(ingested.get() >= 1, "no article was ingested during the load");
        String lastId = "load-" + (ingested.get() - 1);
        assertTrue(http.query("ASK { ?a <https://w3id.org/newsgraph/ontology#sourceId> \"" + lastId + "\" }").body()
                .contains("true"), lastId + " is not queryable");
    }

    /** Sends one request, recording its latency, or an error for an exception or a status other than 200. */
    private static HttpResponse<String> timed(LoadFigures figures, Request request) {
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = request.send();
            if (response.statusCode() == 200) {
                figures.record((System.nanoTime() - begin) / 1000);
            } else {
                figures.error(response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            figures.error(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            figures.error(e.toString());
        }
        return null;
    }

    private static List<String> cannedQueries() throws IOException {
        List<String> queries = new ArrayList<>(MORE_QUERIES);
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String query = Files.readString(file);
                // Federated queries need the network and serve --allow-service; the load stays on loopback.
                if (!query.matches("(?is).*\\bSERVICE\\s*<.*")) queries.add(query);
            }
        }
        return queries;
    }

    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }
}
