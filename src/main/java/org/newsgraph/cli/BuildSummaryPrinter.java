package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.IngestWarning;
import org.newsgraph.pipeline.BuildSummary;

/**
 * The end of a build's output: the warnings once more (progress lines have scrolled them away in a
 * long run) and one line of counts.
 */
final class BuildSummaryPrinter {
    /** Enough to see every kind of problem; the full list was printed as the build went. */
    private static final int MAX_REPEATED_WARNINGS = 100;

    private final PrintStream out;

    BuildSummaryPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Path db, BuildSummary s) {
        List<IngestWarning> warnings = s.warnings();
        if (!warnings.isEmpty()) {
            out.printf("%nWarnings (%d):%n", warnings.size());
            warnings.stream().limit(MAX_REPEATED_WARNINGS).forEach(warning -> out.println("  " + warning));
            if (warnings.size() > MAX_REPEATED_WARNINGS) {
                out.printf("  ... and %d more, printed above%n", warnings.size() - MAX_REPEATED_WARNINGS);
            }
        }
        out.printf("Built %s: %d articles read, %d stored, %d not stored, %d warnings; %d actors, %d triples"
                        + " written, %d quads in the store; %.1f s%n",
                db, s.read(), s.articles(), s.failed(), warnings.size(), s.actors(), s.triples(), s.quads(), s.seconds());
    }
}
