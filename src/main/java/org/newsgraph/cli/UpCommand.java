package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServiceAllowList;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph up}: the sample graph, built once and served. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Builds the sample articles (data/articles) into the default database (db/) unless it "
                + "already holds articles, then serves it at http://localhost:3030/newsgraph/sparql.",
                "Paths default to the project directory (NEWSGRAPH_HOME, set by the ./newsgraph launcher), "
                        + "else the working directory. Stop the server with Ctrl-C (exit status 0)."},
        exitCodeList = {"0:the server was stopped (Ctrl-C or kill)", "2:wrong command line",
                "3:no articles to build, the database in use, or the port taken"})
public final class UpCommand implements Callable<Integer> {
    private static final String NAME = "newsgraph up";

    @Option(names = "--db", description = "TDB2 database directory (default: db/ in the project).")
    Path db;

    @Option(names = "--data", description = "Articles to build when the database is empty (default: data/articles).")
    Path data;

    @Option(names = "--port", defaultValue = "" + NewsgraphServer.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = NewsgraphServer.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--rebuild", description = "Build the articles again even if the database holds some.")
    boolean rebuild;

    @Option(names = "--allow-service", arity = "0..1", split = ",", paramLabel = "URL",
            fallbackValue = ServiceAllowList.WIKIDATA,
            description = "Let queries use SERVICE, calling only these endpoints (default: "
                    + ServiceAllowList.WIKIDATA + "), as serve --allow-service. Off by default.")
    List<String> allowService;

    @Override
    public Integer call() throws Exception {
        Path home = projectHome();
        Path database = db != null ? db : home.resolve("db");
        Path articles = data != null ? data : home.resolve("data").resolve("articles");
        // before the database and the language models: a taken port would otherwise show after the build
        if (!PortCheck.canListen(host, port)) {
            System.err.println(NAME + ": " + ServeCommand.cannotListen(host, port));
            return ExitCodes.FATAL;
        }
        Optional<String> notADatabase = DatabaseDirectory.notADirectory(database);
        if (notADatabase.isPresent()) {
            System.err.println(NAME + ": " + notADatabase.get());
            return ExitCodes.USAGE;
        }
        if (rebuild || isEmpty(database)) {
            if (!Files.isDirectory(articles)) {
                System.err.println(NAME + ": no articles at " + articles + "; give a directory of articles with --data.");
                return ExitCodes.FATAL;
            }
            System.out.println("Building " + articles + " into " + database + " ...");
            BuildCommand.runBuild(database, List.of(articles), Runtime.getRuntime().availableProcessors());
        } else {
            System.out.println(database + " already holds articles; serving it (use --rebuild to build again).");
        }
        return new ServeCommand().serve(NAME, database, port, host, allowService);
    }

    private static boolean isEmpty(Path database) {
        if (!Files.isDirectory(database)) return true;
        try (GraphStore store = GraphStore.open(database)) {
            return store.articleCount() == 0;
        }
    }

    private static Path projectHome() {
        String home = System.getenv("NEWSGRAPH_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of("").toAbsolutePath();
    }
}
