package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.tools.gazetteer.CameoSkosGenerator;
import org.newsgraph.tools.gazetteer.GazetteerGenerator;
import org.newsgraph.tools.gazetteer.SourceFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Regenerates the offline gazetteer (data/gazetteer) and the CAMEO SKOS scheme (ontology/cameo.ttl). */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {"Regenerate the offline gazetteer and the CAMEO codebook as SKOS from the public sources.",
                "Hand-made inputs (extra-aliases.tsv, extra-states.tsv, state-id-equivalents.tsv, "
                        + "organizations-curated.tsv) are read from the output folder. Re-running over the same "
                        + "inputs gives identical files."})
public final class GazetteerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "../shared/sources",
            description = "folder holding countries/, leaders/, office-holders/, us-congress/ and cameo/ (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/gazetteer",
            description = "gazetteer folder: hand-made inputs are read and generated files written here (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--cameo-out", paramLabel = "FILE", defaultValue = "ontology/cameo.ttl",
            description = "Turtle file for the CAMEO SKOS scheme (default: ${DEFAULT-VALUE})")
    Path cameoOut;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(sources)) {
            err.println("newsgraph gazetteer: Sources folder not found: " + sources.toAbsolutePath()
                    + ". Pass --sources DIR pointing at the folder with countries/, leaders/, office-holders/, us-congress/ and cameo/.");
            return ExitCodes.USAGE;
        }
        AtomicInteger warnings = new AtomicInteger();
        try {
            GazetteerGenerator.generate(sources, out, message -> {
                warnings.incrementAndGet();
                err.println("newsgraph gazetteer: warning: " + message);
            });
            CameoSkosGenerator.generate(SourceFiles.require(sources, SourceFiles.CAMEO_CODES), cameoOut);
        } catch (NoSuchFileException e) {
            err.println("newsgraph gazetteer: Missing file " + e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason()));
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("newsgraph gazetteer: Invalid input: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("newsgraph gazetteer: Generating the gazetteer failed: " + e.getMessage()
                    + ". Check that the sources are readable and the output folders writable.");
            return ExitCodes.FATAL;
        }
        stdout.println("Gazetteer written to " + out + ", CAMEO scheme to " + cameoOut
                + (warnings.get() == 0 ? "" : " (" + warnings.get() + " warnings about the data, see above)"));
        return ExitCodes.OK;
    }
}
