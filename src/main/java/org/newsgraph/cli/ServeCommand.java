package org.newsgraph.cli;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.PasswordFile;
import org.newsgraph.serve.ServiceAllowList;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve --db DIR [--port 3030] [--host 127.0.0.1] [--config FILE] [--passwd FILE]}: the SPARQL server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database over HTTP with Fuseki: SPARQL query and graph-store read endpoints for"
                + " everyone; with --passwd also SPARQL Update (/newsgraph/update) and live ingestion"
                + " (/newsgraph/ingest) for the users of the password file.",
                "Answers on 127.0.0.1 only unless --host is given. Stop with Ctrl-C (exit status 0)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the server was stopped (Ctrl-C or kill)", "2:bad arguments, configuration or database path",
                "3:the database is in use or the port is taken"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory to serve")
    private Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + NewsgraphServer.DEFAULT_PORT,
            description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = NewsgraphServer.DEFAULT_HOST,
            description = "interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    private String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default ./fuseki-config/config.ttl, else the built-in copy);"
                    + " its tdb2:location is replaced by --db")
    private Path config;

    @Option(names = "--allow-service", arity = "0..1", split = ",", paramLabel = "URL",
            fallbackValue = ServiceAllowList.WIKIDATA,
            description = "Let queries use SERVICE (federated queries, e.g. the Wikidata examples in queries/),"
                    + " calling only these endpoints (default: " + ServiceAllowList.WIKIDATA + "; give a"
                    + " comma-separated list to allow others). Off by default.")
    private List<String> allowService;
    @Option(names = "--passwd", paramLabel = "FILE",
            description = "password file (lines \"user: password\"; keep it out of the repository, chmod 600):"
                    + " its users may update and ingest. Without it the server is read-only")
    private Path passwordFile;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + NewsgraphServer.DEFAULT_RESULT_LIMIT,
            description = "most results one query returns (default ${DEFAULT-VALUE}); larger LIMITs are cut")
    private long maxResults;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "how long one query may run (default: the configuration's arq:queryTimeout, 30 s)")
    private Integer queryTimeoutSeconds;

    @Option(names = "--query-cache", paramLabel = "MB", defaultValue = "" + (NewsgraphServer.DEFAULT_QUERY_CACHE_BYTES >> 20),
            description = "memory for answers of queries asked again while the data has not changed (default"
                    + " ${DEFAULT-VALUE} MB; 0: none). Any write (ingestion, update) makes every query run anew")
    private long queryCacheMegabytes;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "web origins (https://example.org) whose pages may query from a browser; CORS is off"
                    + " without it")
    private List<String> corsOrigins;

    private final PrintStream out;
    private final PrintStream err;
    /** The prefix of messages: this command's name, or that of the command serving through it. */
    private String name = "newsgraph serve";

    public ServeCommand() {
        this(System.out, System.err);
    }

    /** For tests and embedding: where the endpoint list and the messages go. */
    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Serves {@code database} with every other option at its default; used by {@code up}. Goes
     * through the command line so that the options' declared defaults apply (fields set directly
     * would keep Java's zeros: a result limit of 0, no query cache).
     */
    int serve(String commandName, Path database, int httpPort, String httpHost, List<String> serviceEndpoints) {
        this.name = commandName;
        List<String> args = new ArrayList<>(List.of("--db", database.toString(), "--port", Integer.toString(httpPort),
                "--host", httpHost));
        if (serviceEndpoints != null) args.add("--allow-service=" + String.join(",", serviceEndpoints));
        return new CommandLine(this).execute(args.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        Optional<String> dbProblem = DatabaseDirectory.problem(db);
        if (dbProblem.isPresent()) {
            return fail(ExitCodes.USAGE, dbProblem.get());
        }
        NewsgraphServer server;
        try {
            server = NewsgraphServer.builder().database(db).config(config).host(host).port(port)
                    .passwordFile(passwordFile).resultLimit(maxResults).corsOrigins(corsOrigins == null ? List.of() : corsOrigins)
                    .queryTimeout(queryTimeoutSeconds == null ? null : Duration.ofSeconds(queryTimeoutSeconds))
                    .queryCacheBytes(queryCacheMegabytes << 20).allowService(allowService != null)
                    .serviceEndpoints(allowService != null ? allowService : List.of(ServiceAllowList.WIKIDATA)).build();
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage());
        } catch (RuntimeException e) {
            return failToStart(e);
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            return failToStart(e);
        }
        StopSignals stopSignals = StopSignals.install();
        printEndpoints(server);
        server.warmUpExplorer();
        try {
            stopSignals.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
        out.println("newsgraph server stopped.");
        return ExitCodes.OK;
    }

    private void printEndpoints(NewsgraphServer server) {
        out.println("newsgraph server is up, serving " + db.toAbsolutePath().normalize());
        server.endpointDescriptions().forEach(line -> out.println("  " + line));
        if (allowService != null) {
            out.println("SERVICE is allowed to " + String.join(", ", allowService) + ": queries can make this"
                    + " server fetch from there (network access needed).");
        }
        if (!server.disabledEndpoints().isEmpty()) {
            out.println("Read-only: left out " + String.join(", ", server.disabledEndpoints())
                    + " (login required); start with --passwd FILE to enable.");
        }
        if (passwordFile != null) {
            PasswordFile.exposure(passwordFile).ifPresent(warning -> err.println(name + ": warning: " + warning));
        }
        if (server.lacksNetworkSummary()) {
            err.println(name + ": warning: this database was built by an older newsgraph and has no network summary:"
                    + " the explorer computes its network at every request (slowly) and queries that read the summary"
                    + " (actor-relations.rq, people-and-their-states.rq, ...) answer nothing. Stop the server and run"
                    + " `newsgraph link --db " + db + " --offline` once to write it.");
        }
        out.println("Stop it with Ctrl-C.");
        out.flush();
    }

    private int failToStart(RuntimeException e) {
        Optional<StoreLockedException> locked = StoreLockedException.find(db.toAbsolutePath().normalize(), e);
        if (locked.isPresent()) {
            return fail(ExitCodes.FATAL, locked.get().getMessage());
        }
        if (hasCause(e, BindException.class)) {
            return fail(ExitCodes.FATAL, cannotListen(host, port));
        }
        return fail(ExitCodes.FATAL, "The server could not start: " + e.getMessage());
    }

    /** The message when {@code host:port} cannot be listened on; {@code up} says it before building. */
    static String cannotListen(String host, int port) {
        return "Cannot listen on " + host + ":" + port + ": the port is in use or the address is not of this"
                + " machine. Choose another with --port or --host.";
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private int fail(int exitCode, String message) {
        err.println(name + ": " + message);
        return exitCode;
    }
}
