package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorType;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Modality;
import org.newsgraph.model.Span;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.GraphStore;

/**
 * The federated examples of queries/ against a stand-in for the Wikidata Query Service (an
 * in-memory Fuseki on a free loopback port): they run through `serve --allow-service` and through
 * the store's own query path, and are refused by a server that does not allow SERVICE.
 */
class FederatedQueriesTest {
    private static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";
    private static final String FAKE_WIKIDATA = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            wd:Q99000001 wdt:P569 "1975-01-01T00:00:00Z"^^xsd:dateTime ; wdt:P102 wd:Q99500001 ; wdt:P27 wd:Q99600001 .
            wd:Q99500001 rdfs:label "Example Party"@en , "Beispielpartei"@de .
            wd:Q99600001 rdfs:label "Utopia"@en .
            wd:Q99600001 wdt:P1082 1234567 .
            """;

    @TempDir
    static Path dir;
    private static Path db;
    private static FusekiServer wikidata;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void setUp() {
        ServletApiCheck.require();
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(FAKE_WIKIDATA).lang(Lang.TURTLE).parse(remote.getDefaultGraph());
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wd", remote, false).build().start();
        db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            Extraction extraction = threatExtraction();
            store.replaceArticle(ExtractionMapper.graphName(extraction), new ExtractionMapper().map(extraction));
        }
    }

    @AfterAll
    static void tearDown() {
        if (wikidata != null) wikidata.stop();
    }

    /** An invented person of an invented state threatening Ukraine (Q212). */
    private static Extraction threatExtraction() {
        String text = "Ana Petrova of Utopia threatened Ukraine.";
        Article article = new Article("federated.txt", text, "Threat", LocalDate.of(2024, 2, 1), "Example Wire",
                null, "federated.txt");
        List<Actor> actors = List.of(
                new Actor("Q99000001", ActorType.PERSON, "Ana Petrova", Set.of(), "Q99000001", null, "Q99600001",
                        null, null, 0.9, List.of(new Span(0, 11))),
                new Actor("Q99600001", ActorType.STATE, "Utopia", Set.of(), "Q99600001", null, null, null, null, 1.0,
                        List.of(new Span(15, 21))),
                new Actor("Q212", ActorType.STATE, "Ukraine", Set.of(), "Q212", null, null, null, null, 1.0,
                        List.of(new Span(33, 40))));
        List<Event> events = List.of(new Event("e1", "138", "threaten", List.of("Q99000001"), List.of("Q212"),
                List.of(), Modality.ASSERTED, null, -1, null, null, text, new Span(0, 41), 0.7));
        return new Extraction(article, actors, List.of(), events);
    }

    private static String query(String file) throws IOException {
        String text = Files.readString(Path.of("queries", file));
        assertTrue(text.contains(WIKIDATA_SPARQL), file + " should query " + WIKIDATA_SPARQL);
        return text.replace(WIKIDATA_SPARQL, fakeWikidata());
    }

    private static HttpResponse<String> post(NewsgraphServer server, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/newsgraph/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static NewsgraphServer server(boolean allowService) {
        return NewsgraphServer.builder().database(db).config(Path.of("fuseki-config/config.ttl")).port(0)
                .allowService(allowService).serviceEndpoints(List.of(fakeWikidata())).build().start();
    }

    private static String fakeWikidata() {
        return "http://127.0.0.1:" + wikidata.getHttpPort() + "/wd/sparql";
    }

    @Test
    void everyWikidataExampleSendsOneServiceCallPerRowNotOneForAllOfWikidata() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.getFileName().toString().startsWith("wikidata-")).sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        for (Path file : files) {
            Query query = QueryFactory.create(Files.readString(file));
            String algebra = Algebra.compile(query).toString();
            assertTrue(algebra.contains("(lateral"), file + ": SERVICE must be inside LATERAL:\n" + algebra);
            assertTrue(Files.readString(file).contains("--allow-service"), file + " should say how to run it");
        }
    }

    @Test
    void withAllowServiceTheServerEnrichesActorsFromWikidata() throws Exception {
        NewsgraphServer server = server(true);
        try {
            HttpResponse<String> response = post(server, query("wikidata-threateners-of-ukraine.rq"));
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"Example Party\"@en"), response.body());
            assertTrue(response.body().contains("1975-01-01"), response.body());

            HttpResponse<String> states = post(server, query("wikidata-state-facts.rq"));
            assertEquals(200, states.statusCode(), states.body());
            assertTrue(states.body().contains("1234567"), states.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutAllowServiceTheServerRefuses() throws Exception {
        NewsgraphServer server = server(false);
        try {
            HttpResponse<String> response = post(server, query("wikidata-person-facts.rq"));
            assertTrue(response.statusCode() >= 400, response.statusCode() + " " + response.body());
            assertTrue(response.body().contains("--allow-service"), "the refusal should name the option: " + response.body());
            assertFalse(response.body().contains("httpServiceAllowed"), response.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void evenWithAllowServiceAnEndpointOffTheListIsRefused() throws Exception {
        // the same stand-in under another name: reachable, but not on the list (SSRF)
        String other = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";
        NewsgraphServer server = server(true);
        try {
            HttpResponse<String> direct = post(server, "SELECT * { SERVICE <" + other + "> { ?s ?p ?o } }");
            assertTrue(direct.statusCode() >= 400, direct.statusCode() + " " + direct.body());
            assertTrue(direct.body().contains("refused"), direct.body());
            assertFalse(direct.body().contains("Example Party"), direct.body());
            // an endpoint taken from a variable is checked after substitution
            HttpResponse<String> bound = post(server, "SELECT * { BIND(<" + other + "> AS ?e) SERVICE ?e { ?s ?p ?o } }");
            assertTrue(bound.statusCode() >= 400, bound.statusCode() + " " + bound.body());
            assertFalse(bound.body().contains("Example Party"), bound.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void serviceEndpointsMustBeHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().serviceEndpoints(List.of("file:///etc/passwd")));
        assertThrows(IllegalArgumentException.class, () -> NewsgraphServer.builder().serviceEndpoints(List.of()));
    }

    @Test
    void theQueryCommandsEngineRunsThemToo() throws Exception {
        try (GraphStore store = GraphStore.open(db)) {
            List<QuerySolution> rows = store.select(query("wikidata-person-facts.rq"));
            assertEquals(1, rows.size());
            assertEquals("Example Party", rows.get(0).getLiteral("partyLabel").getString());
            assertEquals("Utopia", rows.get(0).getLiteral("citizenshipLabel").getString());
        }
    }
}
