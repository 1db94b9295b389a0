package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shared.JenaException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newsgraph.eval.EventErrors;
import org.newsgraph.eval.StatementErrors;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.GoldFormatException;
import org.newsgraph.eval.GraphEvaluator;
import org.newsgraph.eval.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval --db DIR --gold FILE [--json]}: scores a built graph against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the graph in a TDB2 store against a gold file: precision, recall and F1 for"
                + " entities, statements and events, and modality accuracy (rules: docs/eval.md).")
public final class EvalCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int USAGE_ERROR = 2;
    static final int FATAL_ERROR = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 database directory")
    private Path database;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold file (JSON)")
    private Path goldFile;

    @Option(names = "--json", description = "print JSON instead of a text table")
    private boolean json;

    @Option(names = "--errors", description = "after the scores, print the event errors per CAMEO root "
            + "(missed and spurious), list each missed and spurious event, then each missed and spurious statement")
    private boolean errors;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String notADatabase = checkDatabaseDirectory(database);
        if (notADatabase != null) {
            err.println("newsgraph eval: " + notADatabase);
            return USAGE_ERROR;
        }
        GoldFile gold;
        try {
            gold = GoldFile.read(goldFile);
        } catch (NoSuchFileException e) {
            err.println("newsgraph eval: Gold file " + goldFile + " does not exist: give the path of a gold JSON file with --gold.");
            return USAGE_ERROR;
        } catch (GoldFormatException e) {
            err.println("newsgraph eval: Gold file is not valid: " + e.getMessage());
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("newsgraph eval: Cannot read gold file " + goldFile + ": " + e.getMessage() + ". Check that it is readable.");
            return USAGE_ERROR;
        }
        ScoreReport report;
        EventErrors eventErrors = null;
        StatementErrors statementErrors = null;
        try {
            Dataset dataset = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(database.toString()));
            GraphEvaluator evaluator = new GraphEvaluator(dataset);
            report = evaluator.evaluate(gold, goldFile.getFileName().toString());
            if (errors) {
                eventErrors = evaluator.eventErrors(gold);
                statementErrors = evaluator.statementErrors(gold);
            }
        } catch (JenaException e) {
            // Store errors (lock held by another process, damaged files); bugs are not hidden as these.
            err.println("newsgraph eval: Cannot read the store in " + database + ": " + e.getMessage()
                    + ". If another newsgraph process (e.g. serve) has it open, stop that process and retry.");
            return FATAL_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.toJson() : report.toText());
        if (eventErrors != null) out.print("\n" + eventErrors.toText());
        if (statementErrors != null) out.print("\n" + statementErrors.toText());
        out.flush();
        return OK;
    }

    /**
     * Opening a directory that is not a store would create an empty one and report every article
     * missing; refuse instead. A TDB2 store keeps its data in Data-NNNN sub-directories.
     */
    static String checkDatabaseDirectory(Path directory) {
        Optional<String> file = DatabaseDirectory.notADirectory(directory);
        if (file.isPresent()) return file.get();
        if (!Files.isDirectory(directory)) {
            return "Database directory " + directory + " does not exist: give the TDB2 store built by ingest with --db.";
        }
        try (Stream<Path> children = Files.list(directory)) {
            if (children.noneMatch(child -> child.getFileName().toString().startsWith("Data-"))) {
                return "Directory " + directory + " is not a TDB2 store (it has no Data-NNNN folder):"
                        + " give the store built by ingest with --db.";
            }
        } catch (IOException e) {
            return "Cannot list database directory " + directory + ": " + e.getMessage() + ". Check its permissions.";
        }
        return null;
    }
}
