package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query --db DIR [--format tsv|csv|json|ttl|nt] FILE.rq|-}: runs a SPARQL query on the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) on the database.",
                "The default graph is the union of all article graphs."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the result was written", "2:bad arguments, query or database path",
                "3:the database is in use or could not be read"})
public final class QueryCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory")
    private Path db;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv",
            description = "tsv, csv or json for SELECT/ASK (default ${DEFAULT-VALUE}); ttl or nt for"
                    + " CONSTRUCT/DESCRIBE (which give Turtle for tsv/csv and JSON-LD for json)")
    private String format;

    @Parameters(index = "0", paramLabel = "FILE", description = "file with the query, or - to read standard input")
    private String queryFile;

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;

    public QueryCommand() {
        this(System.in, System.out, System.err);
    }

    /** For tests and embedding: where the query ("-"), the results and the messages go. */
    QueryCommand(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ResultFormat resultFormat;
        String sparql;
        try {
            resultFormat = ResultFormat.parse(format);
            sparql = readQuery();
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage());
        }
        Optional<String> dbProblem = DatabaseDirectory.problem(db);
        if (dbProblem.isPresent()) {
            return fail(ExitCodes.USAGE, dbProblem.get());
        }
        return run(sparql, resultFormat);
    }

    private int run(String sparql, ResultFormat resultFormat) {
        try (GraphStore store = GraphStore.open(db)) {
            OutputStream buffered = new BufferedOutputStream(out);
            store.query(sparql, resultFormat, buffered);
            buffered.flush();
            return ExitCodes.OK;
        } catch (QueryParseException e) {
            return fail(ExitCodes.USAGE, "The query in " + queryName() + " is not valid SPARQL: " + e.getMessage()
                    + ". Only queries can be run (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates.");
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage());
        } catch (StoreLockedException e) {
            return fail(ExitCodes.FATAL, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCodes.FATAL, "Cannot write the result: " + e.getMessage());
        }
    }

    private String readQuery() {
        try {
            byte[] bytes = "-".equals(queryFile) ? in.readAllBytes() : Files.readAllBytes(Path.of(queryFile));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The query file " + queryFile + " does not exist."
                    + " Give a .rq file, or - to read the query from standard input.");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the query from " + queryName() + ": " + e.getMessage());
        }
    }

    private String queryName() {
        return "-".equals(queryFile) ? "standard input" : queryFile;
    }

    private int fail(int exitCode, String message) {
        err.println("newsgraph query: " + message);
        return exitCode;
    }
}
