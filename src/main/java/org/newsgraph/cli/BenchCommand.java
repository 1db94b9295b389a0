package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph bench extract|load|query}: commands that measure and print numbers. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures newsgraph on this machine and prints the numbers (see docs/performance.md).",
                "Timings include whatever else the machine is doing: each command prints the load average."},
        subcommands = {BenchExtractCommand.class, BenchLoadCommand.class, BenchQueryCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
