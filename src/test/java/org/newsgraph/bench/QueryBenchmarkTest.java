package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.BulkLoader;

/** Against a real server on 127.0.0.1 with a tiny database; every run is capped in time and requests. */
class QueryBenchmarkTest {
    @TempDir
    Path dir;

    private NewsgraphServer server;
    private QueryBenchmark bench;

    @BeforeEach
    void startServer() throws IOException {
        Path nq = Files.writeString(dir.resolve("a.nq"),
                "<https://example.org/a> <https://example.org/p> \"one\" <https://example.org/g1> .\n");
        BulkLoader.loadIntoNewDatabase(dir.resolve("db"), List.of(nq));
        server = NewsgraphServer.builder().database(dir.resolve("db")).port(0).build().start();
        bench = new QueryBenchmark(URI.create(server.baseUrl() + "/newsgraph/sparql"), Duration.ofMillis(300), 40);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void measuresSelectAndConstructFromConcurrentClients() throws Exception {
        var select = new QueryBenchmark.NamedQuery("select.rq", "SELECT * WHERE { ?s ?p ?o }");
        var construct = new QueryBenchmark.NamedQuery("construct.rq", "CONSTRUCT WHERE { ?s ?p ?o }");
        assertTrue(bench.check(select).toNanos() > 0);
        bench.check(construct);

        QueryBenchmark.Cell cell = bench.run(select, 4);
        assertEquals(0, cell.errors());
        assertTrue(cell.latencies().count() > 0 && cell.latencies().count() <= 40);
        assertTrue(cell.latencies().percentileMillis(50) <= cell.latencies().percentileMillis(99));
        assertTrue(cell.cpuMillisPerRequest() > 0, "the server answers in this JVM, so its CPU time is counted");
        assertEquals(0, bench.run(construct, 2).errors());
    }

    @Test
    void measuresTheExplorersApiCallsToo() throws Exception {
        var network = QueryBenchmark.NamedQuery.explorer("/explore/api/network");
        assertFalse(network.federated());
        bench.check(network);
        assertEquals(0, bench.run(network, 2).errors());
        assertThrows(IOException.class, () -> bench.check(QueryBenchmark.NamedQuery.explorer("/explore/api/nothing")));
    }

    @Test
    void aBrokenQueryIsReportedBeforeMeasuring() {
        var broken = new QueryBenchmark.NamedQuery("broken.rq", "SELECT * WHERE { ?s ?p }");
        assertThrows(Exception.class, () -> bench.check(broken));
    }

    @Test
    void queriesCallingAnotherEndpointAreRecognisedAsFederated() {
        assertTrue(new QueryBenchmark.NamedQuery("w.rq", "SELECT * WHERE { ?s ?p ?o . "
                + "OPTIONAL { SERVICE <https://query.wikidata.org/sparql> { ?s ?q ?v } } }").federated());
        assertFalse(new QueryBenchmark.NamedQuery("l.rq", "SELECT * WHERE { ?s ?p ?o }").federated());
    }
}
