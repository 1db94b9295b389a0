package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: one subcommand per job. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds a knowledge graph of actors, statements and events from news articles, "
                + "stores it in TDB2 and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, ExtractCommand.class,
                QueryCommand.class, ExportCommand.class, LinkCommand.class, GazetteerCommand.class, CameoDictionariesCommand.class, AttributionCuesCommand.class,
                EvalCommand.class, LoadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "Exit status:%n")
public final class NewsgraphCommand implements Callable<Integer> {
    /** Shown in the help of every command that has no table of its own. */
    static final Map<String, String> EXIT_STATUS = exitStatus();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command there is nothing to do: the usage, on the error stream, and the usage status. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph: give a command, e.g. ./newsgraph up (the sample graph, served).");
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            return ExitCodes.FATAL;
        });
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        showExitStatus(cli);
        return cli;
    }

    /** Every command's help ends with the table of exit statuses: its own, or the common one. */
    private static void showExitStatus(CommandLine command) {
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.exitCodeListHeading("Exit status:%n");
        if (usage.exitCodeList().isEmpty()) usage.exitCodeList(EXIT_STATUS);
        command.getSubcommands().values().forEach(NewsgraphCommand::showExitStatus);
    }

    private static Map<String, String> exitStatus() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("0", "success");
        table.put("1", "finished, but some inputs failed or gave warnings (the summary says which)");
        table.put("2", "wrong command line or unusable argument");
        table.put("3", "fatal: nothing could be done (input missing, store locked, port taken, ...)");
        return table;
    }
}
