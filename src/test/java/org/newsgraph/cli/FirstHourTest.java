package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.SampleExtraction;
import org.newsgraph.serve.ServletApiCheck;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;

/** The rough edges a newcomer met in the first hour, each kept smooth. */
class FirstHourTest {
    private static final String MODELS = "Loading the language models";

    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = NewsgraphCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(err.toString().startsWith("newsgraph: give a command"), err.toString());
    }

    @Test
    void aMistypedOptionSuggestsTheOneMeant() {
        assertEquals(ExitCodes.USAGE, run("up", "--prot", "3031"));
        assertTrue(err.toString().startsWith("newsgraph up: Unknown option"), err.toString());
        assertTrue(err.toString().contains("did you mean --port?"), err.toString());
        assertEquals(1, UsageErrorHandler.edits("--prot", "--port"));
    }

    @Test
    void everyCommandsHelpEndsWithTheExitStatusTable() {
        List<String> missing = new ArrayList<>();
        collectMissingExitStatus(NewsgraphCommand.commandLine(), missing);
        assertEquals(List.of(), missing);
    }

    private static void collectMissingExitStatus(CommandLine command, List<String> missing) {
        String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
        if (!help.contains("Exit status:") || !help.matches("(?s).*\\n  0 +\\S.*")) {
            missing.add(command.getCommandSpec().qualifiedName());
        }
        command.getSubcommands().values().stream().filter(sub -> !sub.getCommandName().equals("help"))
                .forEach(sub -> collectMissingExitStatus(sub, missing));
    }

    @Test
    void aDatabaseThatIsAFileIsNamedAsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a database");
        Path query = Files.writeString(dir.resolve("q.rq"), "SELECT * { ?s ?p ?o }");
        for (String[] args : List.of(new String[] {"query", "--db", file.toString(), query.toString()},
                new String[] {"serve", "--db", file.toString()},
                new String[] {"export", "--db", file.toString(), "--format", "dot"},
                new String[] {"link", "--db", file.toString(), "--offline"},
                new String[] {"build", "--db", file.toString(), query.toString()})) {
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int exit = withSystemErr(stderr, () -> run(args));
            String messages = err + stderr.toString(StandardCharsets.UTF_8);
            assertEquals(ExitCodes.USAGE, exit, String.join(" ", args) + ": " + messages);
            assertTrue(messages.contains("newsgraph " + args[0] + ": " + file.toAbsolutePath() + " is a file, not a database directory"),
                    String.join(" ", args) + ": " + messages);
        }
    }

    @Test
    void upOnATakenPortSaysSoBeforeBuildingAnything() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "The minister said the talks would go on.");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int exit = withSystemOut(stdout, () -> withSystemErr(stderr, () -> run("up", "--db", dir.resolve("db").toString(),
                    "--data", articles.toString(), "--port", Integer.toString(taken.getLocalPort()))));
            assertEquals(ExitCodes.FATAL, exit);
            assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith("newsgraph up: Cannot listen on 127.0.0.1:"),
                    stderr.toString(StandardCharsets.UTF_8));
            assertFalse(stdout.toString(StandardCharsets.UTF_8).contains(MODELS), stdout.toString(StandardCharsets.UTF_8));
            assertFalse(Files.exists(dir.resolve("db")), "nothing was built");
            // up takes --allow-service as serve does: accepted, so the taken port is what stops it
            int withService = withSystemErr(new ByteArrayOutputStream(), () -> run("up", "--allow-service",
                    "--db", dir.resolve("db").toString(), "--port", Integer.toString(taken.getLocalPort())));
            assertEquals(ExitCodes.FATAL, withService, err.toString());
        }
    }

    @Test
    void buildOnAStoreInUseSaysSoBeforeLoadingTheModels() throws Exception {
        Path db = dir.resolve("db");
        Path input = Files.writeString(dir.resolve("a.txt"), "The minister said the talks would go on.");
        Process holder = java(StoreHolderProcess.class, db.toString());
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", lines.readLine());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = new CommandLine(new BuildCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(errors, true, StandardCharsets.UTF_8))).execute("--db", db.toString(), input.toString());
            assertEquals(ExitCodes.FATAL, exit, errors.toString(StandardCharsets.UTF_8));
            assertTrue(errors.toString(StandardCharsets.UTF_8).startsWith("newsgraph build: "), errors.toString(StandardCharsets.UTF_8));
            assertFalse(out.toString(StandardCharsets.UTF_8).contains(MODELS), out.toString(StandardCharsets.UTF_8));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }

    @Test
    void ctrlCStopsTheServerWithTheStatusItsHelpGives() throws Exception {
        ServletApiCheck.require();
        assumeTrue(onPath("kill") && onPath("python3"), "needs kill (to send Ctrl-C's signal, SIGINT) and python3"
                + " (to start the server with SIGINT handled by default even when the tests run as a background job)");
        Path db = dir.resolve("db");
        try (GraphStore store = GraphStore.open(db)) {
            store.replaceArticle(Iris.article("one.txt"), new ExtractionMapper().map(SampleExtraction.create("one.txt")));
        }
        // a background job starts with SIGINT ignored, and a JVM keeps it so: reset it, as a terminal has it
        Process serve = start(List.of("python3", "-c", "import os, signal, sys; signal.signal(signal.SIGINT,"
                + " signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])"), NewsgraphCommand.class, "serve", "--db",
                db.toString(), "--port", "0");
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = lines.readLine()) != null && !line.startsWith("Stop it with Ctrl-C")) seen.append(line).append('\n');
            assertTrue(line != null, "the server did not start:\n" + seen);
            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).inheritIO().start().waitFor();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "the server did not stop on SIGINT");
            String help = NewsgraphCommand.commandLine().getSubcommands().get("serve").getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(help.contains("0   the server was stopped (Ctrl-C or kill)"), help);
            assertEquals(0, serve.exitValue());
        } finally {
            serve.destroyForcibly();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static Process java(Class<?> main, String... args) throws Exception {
        return start(List.of(), main, args);
    }

    private static Process start(List<String> wrapper, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private interface Action {
        int run() throws Exception;
    }

    private static int withSystemErr(ByteArrayOutputStream into, Action action) throws Exception {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(into, true, StandardCharsets.UTF_8));
        try {
            return action.run();
        } finally {
            System.setErr(saved);
        }
    }

    private static int withSystemOut(ByteArrayOutputStream into, Action action) throws Exception {
        PrintStream saved = System.out;
        System.setOut(new PrintStream(into, true, StandardCharsets.UTF_8));
        try {
            return action.run();
        } finally {
            System.setOut(saved);
        }
    }
}
