package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: one subcommand per job. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Builds a knowledge graph of actors, statements and events from news articles, "
                + "stores it in TDB2 and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, ExtractCommand.class,
                QueryCommand.class, ExportCommand.class, LinkCommand.class, GazetteerCommand.class, CameoDictionariesCommand.class,
                EvalCommand.class, LoadCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  success", "  1  finished, but some inputs failed or gave warnings",
                "  2  wrong command line", "  3  fatal error (no input, store locked or unreadable, ...)"})
public final class NewsgraphCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsgraph: " + ex.getMessage());
            return ExitCodes.FATAL;
        });
        return cli;
    }
}
