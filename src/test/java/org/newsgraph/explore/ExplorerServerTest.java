package org.newsgraph.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.NetworkFixture;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServletApiCheck;
import org.newsgraph.store.GraphStore;

/** The explorer's files and API over HTTP, on the real server, without a browser. */
class ExplorerServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static NewsgraphServer server;

    @BeforeAll
    static void start() {
        ServletApiCheck.require();
        Path db = dir.resolve("db");
        try (GraphStore store = NetworkFixture.open(db)) {
            store.articleCount();
        }
        server = NewsgraphServer.builder().database(db).config(Path.of("fuseki-config/config.ttl")).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void pageIsServedWithItsFilesFromTheJarAndNoThirdPartyOrigin() throws Exception {
        HttpResponse<String> redirect = get("/explore");
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/explore/"));
        HttpResponse<String> page = get("/explore/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(page.body().contains("src=\"lib/cytoscape.min.js\""), page.body());
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "no external URL in the page");
        for (String file : List.of("/explore/lib/cytoscape.min.js", "/explore/explorer.js", "/explore/explorer.css")) {
            HttpResponse<String> response = get(file);
            assertEquals(200, response.statusCode(), file);
            assertTrue(response.body().length() > 1000, file);
        }
    }

    @Test
    void onlyThePagesOwnFilesAreServed() throws Exception {
        for (String path : List.of("/explore/nothing.js", "/explore/search-actors.rq", "/explore/lib/other.js",
                "/explore/META-INF/MANIFEST.MF", "/explore/..%2Fqueries%2Factor-relations.rq",
                "/explore/..%2Frules%2Fderive-actor-relations.rq")) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void networkIsCytoscapeJsonOfTheStrongestEdgesOrOfANeighbourhood() throws Exception {
        JsonNode whole = json("/explore/api/network");
        assertEquals(4, whole.path("elements").path("nodes").size());
        assertEquals(6, whole.path("elements").path("edges").size());
        JsonNode around = json("/explore/api/network?actor=" + encode(NetworkFixture.ARMY));
        assertEquals(3, around.path("elements").path("nodes").size());
        List<String> relations = new ArrayList<>();
        around.path("elements").path("edges").forEach(edge -> relations.add(edge.path("data").path("interaction").asText()));
        assertEquals(List.of("quotedAbout", "armed"), relations, "equally strong edges in the order of their source");
        assertEquals(400, get("/explore/api/network?actor=" + encode("not an iri")).statusCode());
        assertEquals(400, get("/explore/api/network?limit=many").statusCode());
    }

    @Test
    void searchFindsActorsByAnyPartOfANameOrAlias() throws Exception {
        JsonNode found = json("/explore/api/search?q=" + encode("FREEDONIAN"));
        assertEquals(1, found.size());
        assertEquals(NetworkFixture.FREEDONIA, found.get(0).path("actor").asText());
        assertEquals("Freedonia", found.get(0).path("label").asText());
        assertEquals(0, json("/explore/api/search?q=" + encode("\") } DROP ALL #")).size(), "text is a literal");
        assertEquals(400, get("/explore/api/search").statusCode());
    }

    @Test
    void evidenceShowsTheStatementsAndEventsBehindAnEdge() throws Exception {
        JsonNode said = json("/explore/api/evidence?source=" + encode(NetworkFixture.RUIZ)
                + "&target=" + encode(NetworkFixture.SYLVANIA));
        assertEquals("Sylvania must pull its troops back from the river",
                said.path("statements").get(0).path("text").asText());
        assertEquals("Ana Ruiz", said.path("statements").get(0).path("speakerLabel").asText());
        assertEquals("https://news.example.org/a1", said.path("statements").get(0).path("url").asText());
        assertEquals("042", said.path("events").get(0).path("code").asText());
        JsonNode threats = json("/explore/api/evidence?source=" + encode(NetworkFixture.FREEDONIA)
                + "&target=" + encode(NetworkFixture.SYLVANIA));
        List<String> modalities = new ArrayList<>();
        threats.path("events").forEach(event -> modalities.add(event.path("modality").asText()));
        assertEquals(List.of("Conditional", "Asserted"), modalities);
    }

    @Test
    void cannedQueriesComeWithTitlesAndConfigNamesTheEndpoints() throws Exception {
        JsonNode queries = json("/explore/api/queries");
        List<String> titles = new ArrayList<>();
        queries.forEach(query -> titles.add(query.path("title").asText()));
        assertTrue(titles.containsAll(List.of("Who threatened whom", "Statements by X about Y", "Arms suppliers",
                "Timeline between two states")), titles.toString());
        assertTrue(queries.get(0).path("text").asText().contains("SELECT"));
        JsonNode config = json("/explore/api/config");
        assertEquals("/newsgraph/sparql", config.path("sparql").asText());
        assertEquals("/newsgraph/get", config.path("graphStore").asText());
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
