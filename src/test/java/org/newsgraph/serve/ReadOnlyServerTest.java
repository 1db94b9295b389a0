package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.store.GraphStore;

/** Without a password file nothing can write; CORS is off; an internal error shows no details. */
class ReadOnlyServerTest {
    @TempDir
    Path dir;

    @Test
    void withoutPasswordFileTheWriteEndpointsAreLeftOut() {
        NewsgraphServer server = start(NewsgraphServer.builder().database(database()));
        try {
            TestHttp http = new TestHttp(server.baseUrl());
            assertEquals(List.of("newsgraph/update"), server.disabledEndpoints());
            assertEquals(404, http.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null, null).statusCode());
            assertEquals(404, http.ingest("{}", "anyone", "anything").statusCode());
            assertEquals(200, http.query("ASK { ?s ?p ?o }").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void corsIsOffUnlessConfigured() {
        NewsgraphServer server = start(NewsgraphServer.builder().database(database()));
        try {
            TestHttp http = new TestHttp(server.baseUrl());
            HttpResponse<String> preflight = http.send(http.request("/newsgraph/sparql")
                    .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            server.stop();
        }
    }

    @Test
    void internalErrorsShowNoDetails() throws Exception {
        Path db = database();
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: secret\n");
        String secretPath = db.toAbsolutePath().resolve("models/missing.ser.gz").toString();
        NewsgraphServer server = start(NewsgraphServer.builder().database(db).passwordFile(passwd)
                .articleProcessor(() -> {
                    throw new IllegalStateException("cannot load " + secretPath);
                }));
        try {
            TestHttp http = new TestHttp(server.baseUrl());
            HttpResponse<String> response = http.ingest(TestHttp.jsonLine("x", "2024-01-01", "Text."), "editor", "secret");
            assertEquals(500, response.statusCode(), response.body());
            assertEquals(SafeErrorFilter.INTERNAL_ERROR, response.body());
            ErrorBodies.assertSafe(response, db);
        } finally {
            server.stop();
        }
    }

    @Test
    void unusablePasswordFileIsRefusedBeforeStarting() throws Exception {
        Path db = database();
        IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().database(db).passwordFile(dir.resolve("none")).build());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n");
        IllegalArgumentException noUsers = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> NewsgraphServer.builder().database(db).passwordFile(empty).build());
        assertTrue(noUsers.getMessage().contains("names no user"), noUsers.getMessage());
    }

    private NewsgraphServer start(NewsgraphServer.Builder builder) {
        ServletApiCheck.require();
        return builder.port(0).build().start();
    }

    private Path database() {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
        }
        return db;
    }
}
