package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.ServletApiCheck;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

/** The failure paths of serve; a running server is tested in NewsgraphServerTest. */
class ServeCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void missingDatabaseIsAUsageError() {
        assertEquals(2, run("--db", dir.resolve("missing").toString()));
        assertTrue(errors().contains("No database at"), errors());
    }

    @Test
    void missingConfigIsAUsageError() {
        Path db = database();
        assertEquals(2, run("--db", db.toString(), "--config", dir.resolve("none.ttl").toString()));
        assertTrue(errors().contains("none.ttl") && errors().contains("does not exist"), errors());
    }

    @Test
    void portInUseIsReported() throws Exception {
        ServletApiCheck.require();
        Path db = database();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            // Preemptive timeout: if the port were not refused the server would run until stopped.
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> run("--db", db.toString(), "--port", Integer.toString(port)));
            assertEquals(3, exit, errors());
            assertTrue(errors().contains("--port"), errors());
        }
    }

    @Test
    void upServesWithTheDefaultsOfEveryOption() throws Exception {
        ServletApiCheck.require();
        Path db = database();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            // Reaching the port means the options were accepted (a result limit of 0 was refused before).
            int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ServeCommand(
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                    .serve("newsgraph up", db, taken.getLocalPort(), "127.0.0.1", null));
            assertEquals(3, exit, errors());
            assertTrue(errors().contains("--port"), errors());
        }
    }

    private Path database() {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(Files.isDirectory(store.directory()));
        }
        return db;
    }

    private int run(String... args) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(new ServeCommand(new PrintStream(new ByteArrayOutputStream()), errors)).execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
