package org.newsgraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a program installed on the machine (Graphviz, Python with networkx) from a test. */
final class ExternalTool {
    /** What a finished run printed and returned. */
    record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    /** The first of {@code candidates} that exists as an executable file, searching PATH for bare names. */
    static Optional<Path> find(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                Path path = Path.of(candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(path);
                }
                continue;
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path path = Path.of(dir.isEmpty() ? "." : dir, candidate);
                if (Files.isExecutable(path)) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code command}, output and errors together, and fails the run after two minutes. */
    static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
