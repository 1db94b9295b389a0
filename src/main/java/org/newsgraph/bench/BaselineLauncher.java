package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs {@link BaselinePipeline} in a JVM of its own, with the heap its models need. */
public final class BaselineLauncher {
    private BaselineLauncher() {
    }

    /**
     * @param heap  the -Xmx of the baseline JVM, e.g. "8g"
     * @param limit how many of the inputs' first articles to annotate
     * @throws IOException when the JVM cannot be started or gives no result
     */
    public static BaselineResult run(String heap, int limit, List<Path> inputs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), BaselinePipeline.class.getName(),
                Integer.toString(limit)));
        inputs.forEach(input -> command.add(input.toAbsolutePath().toString()));
        Path log = Files.createTempFile("newsgraph-baseline-", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        Optional<BaselineResult> result = Optional.empty();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Optional<BaselineResult> parsed = BaselineResult.parse(line);
                if (parsed.isPresent()) result = parsed;
            }
        }
        int exit = process.waitFor();
        if (result.isPresent()) Files.deleteIfExists(log);
        return result.orElseThrow(() -> new IOException("The baseline JVM (CoreNLP's full pipeline) ended with exit code "
                + exit + " and no result (its log: " + log + "). It needs about 6 GB of heap: try --baseline-heap 10g, "
                + "and check free memory."));
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
