package org.newsgraph.bench.polnear;

import org.newsgraph.tools.polnear.PolnearDocument;
import org.newsgraph.tools.polnear.PolnearCorpus;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * The PolNeAR statement benchmark (docs/quality.md, "Statements (PolNeAR)"). Not part of the
 * default suite — its name does not match Surefire's test patterns and it needs
 * {@code -Dpolnear.run=true}:
 * <pre>mvn -B -o test -Dtest=PolnearBenchmark -Dpolnear.run=true</pre>
 */
@EnabledIfSystemProperty(named = "polnear.run", matches = "true",
        disabledReason = "the PolNeAR benchmark runs only with -Dpolnear.run=true")
class PolnearBenchmark {
    private static final Path REPORT = Path.of("target", "polnear", "report.md");

    @Test
    void measure() throws IOException {
        PolnearSettings settings = PolnearSettings.fromSystemProperties();
        List<PolnearDocument> documents = PolnearCorpus.load(settings.compartment(), settings.limit());
        BenchmarkResult result = new PolnearRun(ArticleProcessor.createDefault(), settings.coreNlp(),
                settings.cacheFile(), System.out).run(documents);

        String section = PolnearSection.render(result, LocalDate.now(), currentCommit());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, section);
        System.out.println(BenchmarkTable.render(result));
        if (settings.publishes()) {
            QualityDocSection.write(settings.doc(), section);
            System.out.println("Updated the \"" + PolnearSection.HEADING.substring(3) + "\" section of " + settings.doc());
        } else {
            System.out.println("Partial run: " + settings.doc() + " left as it was; the section is in " + REPORT);
        }
        assertTrue(result.gold() > 0, "no gold attributions read from " + settings.compartment());
    }

    /**
     * The commit the figures belong to, marked when the code or data that produce them differ from
     * it (the report itself being modified does not count).
     */
    private static String currentCommit() {
        try {
            String commit = git("rev-parse", "--short", "HEAD");
            boolean changed = !git("status", "--porcelain", "--untracked-files=no", "--", "src", "pom.xml", "data").isEmpty();
            return changed ? commit + " + uncommitted changes" : commit;
        } catch (IOException e) {
            return "unknown (git not available)";
        }
    }

    private static String git(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (process.waitFor() != 0) throw new IOException("git " + String.join(" ", arguments) + ": " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }
}
