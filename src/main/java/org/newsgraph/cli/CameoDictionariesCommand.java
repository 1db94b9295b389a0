package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.tools.cameo.CameoDictionaryGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Regenerates the CAMEO trigger and agent tables from PETRARCH-2's dictionaries. */
@Command(name = "cameo-dictionaries", mixinStandardHelpOptions = true,
        description = {"Regenerate the CAMEO verb-pattern and generic-agent tables of event extraction from "
                + "PETRARCH-2's CAMEO.2.0.txt and Phoenix.agents.txt (MIT). Re-running over the same inputs gives "
                + "identical files."})
public final class CameoDictionariesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "../shared/sources/petrarch2",
            description = "folder holding CAMEO.2.0.txt, Phoenix.agents.txt, LICENSE (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(names = "--codebook", paramLabel = "FILE", defaultValue = "../shared/sources/cameo/cameo-codes.csv",
            description = "CAMEO codebook; codes outside it are dropped (default: ${DEFAULT-VALUE})")
    Path codebook;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/extract/petrarch",
            description = "folder for the generated tables (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            CameoDictionaryGenerator.Summary s = CameoDictionaryGenerator.generate(sources, codebook, out);
            spec.commandLine().getOut().printf("Wrote %d verbs, %d patterns (%d patterns left out: words before "
                    + "the verb or nothing to check, %d with codes outside the codebook) and %d agents to %s%n", s.verbs(),
                    s.patterns(), s.skippedPatterns(), s.outsideCodebook(), s.agents(), out);
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println("newsgraph cameo-dictionaries: Missing file " + e.getFile() + ". Pass --sources DIR pointing at PETRARCH-2's dictionaries.");
            return ExitCodes.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("newsgraph cameo-dictionaries: generating the CAMEO dictionaries failed: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
