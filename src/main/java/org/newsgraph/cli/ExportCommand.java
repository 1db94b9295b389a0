package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.export.GraphExporter;
import org.newsgraph.export.GraphFormat;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --db DIR --format graphml|gexf|cyjs|dot [--query FILE.rq] [-o FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a graph for Gephi (gexf), Cytoscape (cyjs), yEd (graphml) or Graphviz (dot).",
                "Default: the actor network (actors, and the relations derived from their events and statements).",
                "With --query: the graph of a SELECT query returning ?source and ?target, one edge per row",
                "(optional ?label, ?weight, ?sourceLabel, ?targetLabel, ?sourceType, ?targetType; other columns",
                "become edge attributes)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the graph was written", "2:bad arguments, query or database path",
                "3:the database is in use or the output could not be written"})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory")
    private Path db;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, gexf, cyjs or dot")
    private String format;

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "SELECT query whose rows are the edges (default: the actor network)")
    private Path queryFile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (default: standard output)")
    private Path output;

    private final OutputStream out;
    private final PrintStream err;

    public ExportCommand() {
        this(System.out, System.err);
    }

    /** For tests and embedding: where the graph (without -o) and the messages go. */
    ExportCommand(OutputStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        GraphFormat graphFormat;
        Optional<String> sparql;
        try {
            graphFormat = GraphFormat.parse(format);
            sparql = readQuery();
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage());
        }
        Optional<String> dbProblem = DatabaseDirectory.problem(db);
        if (dbProblem.isPresent()) {
            return fail(ExitCodes.USAGE, dbProblem.get());
        }
        try (GraphStore store = GraphStore.open(db)) {
            GraphExporter exporter = sparql.isPresent()
                    ? GraphExporter.query(store.dataset(), sparql.get(), "newsgraph " + queryFile.getFileName())
                    : GraphExporter.actorNetwork(store.dataset());
            write(exporter, graphFormat);
            return ExitCodes.OK;
        } catch (QueryParseException e) {
            return fail(ExitCodes.USAGE, "The query in " + queryFile + " is not valid SPARQL: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(ExitCodes.USAGE, e.getMessage());
        } catch (StoreLockedException e) {
            return fail(ExitCodes.FATAL, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCodes.FATAL, "Cannot write the graph" + (output == null ? "" : " to " + output) + ": "
                    + e.getMessage() + ". Check the path and the free space.");
        }
    }

    private void write(GraphExporter exporter, GraphFormat graphFormat) throws IOException {
        if (output == null) {
            exporter.write(graphFormat, out);
            return;
        }
        // Written beside the target and moved at the end, so a failed export leaves no half file.
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial)) {
            exporter.write(graphFormat, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private Optional<String> readQuery() {
        if (queryFile == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(queryFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("The query file " + queryFile + " does not exist. Give a .rq file"
                    + " with a SELECT query returning ?source and ?target.");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the query file " + queryFile + ": " + e.getMessage());
        }
    }

    private int fail(int exitCode, String message) {
        err.println("newsgraph export: " + message);
        return exitCode;
    }
}
