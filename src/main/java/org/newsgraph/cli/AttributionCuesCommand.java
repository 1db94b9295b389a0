package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.tools.attribution.AttributionCueGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-learns the reporting-verb table of statement extraction from PolNeAR's training texts. */
@Command(name = "attribution-cues", mixinStandardHelpOptions = true,
        description = {"Learn which verbs report speech or thought, how their words hang from them, and which "
                + "nouns name sources, from PolNeAR's annotated training texts, and train the cue model (a "
                + "logistic regression over each verb's parse); writes the tables and the model statement "
                + "extraction reads. Takes about 4 minutes on 2 cores (every text is parsed)."})
public final class AttributionCuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", paramLabel = "DIR", defaultValue = "../shared/bench/polnear/train",
            description = "PolNeAR compartment with text/ and attributions/; use train, never test "
                    + "(default: ${DEFAULT-VALUE})")
    Path polnear;

    @Option(names = "--held-out", paramLabel = "DIR",
            description = "PolNeAR compartment to report the cue model's calibration on (dev; never test). "
                    + "Parses it too, about a tenth of the time of train")
    Path heldOut;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/extract",
            description = "folder for attribution-cues.tsv and attribution-sources.tsv (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            AttributionCueGenerator.Summary s = AttributionCueGenerator.generate(polnear, out,
                    java.util.Optional.ofNullable(heldOut), err);
            PrintWriter printed = spec.commandLine().getOut();
            printed.printf("Wrote %d verbs heading %d cues, %d source nouns and a cue model of %d features, from %d texts, to %s%n",
                    s.lemmas(), s.cues(), s.sourceNouns(), s.modelFeatures(), s.texts(), out);
            s.heldOut().ifPresent(report -> {
                printed.println("Cue model on " + heldOut + ":");
                report.lines().forEach(line -> printed.println("  " + line));
            });
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("newsgraph attribution-cues: " + e.getMessage() + ". Pass --polnear DIR pointing at a PolNeAR "
                    + "compartment such as ../shared/bench/polnear/train.");
            return ExitCodes.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("newsgraph attribution-cues: learning the cue table failed: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }
}
