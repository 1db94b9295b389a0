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
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

/** serve refuses an unusable --passwd file before starting, with a message saying what to do. */
class ServePasswordOptionTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void missingPasswordFileIsAUsageError() {
        assertEquals(ExitCodes.USAGE, serve("--passwd", dir.resolve("nope.passwd").toString()));
        assertTrue(errors().contains("nope.passwd") && errors().contains("user: password"), errors());
    }

    @Test
    void passwordFileWithoutUsersIsAUsageError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.passwd"), "# nobody\n");
        assertEquals(ExitCodes.USAGE, serve("--passwd", empty.toString()));
        assertTrue(errors().contains("names no user"), errors());
    }

    private int serve(String... options) {
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(Files.isDirectory(store.directory()));
        }
        String[] args = new String[options.length + 4];
        args[0] = "--db";
        args[1] = db.toString();
        args[2] = "--port";
        args[3] = "0";
        System.arraycopy(options, 0, args, 4, options.length);
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(new ServeCommand(new PrintStream(new ByteArrayOutputStream()), errors)).execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
