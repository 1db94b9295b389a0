package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.LoadBenchmark;
import org.newsgraph.bench.MachineInfo;
import org.newsgraph.bench.ScratchDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph bench load FILE.nq…} */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Builds a database from the same N-Quads with Jena's own bulk loader (the phased loader "
                + "tdb2.tdbloader uses by default), newsgraph's bulk path and newsgraph's incremental path, "
                + "and prints quads/s for each.",
                "Make the N-Quads with: newsgraph bench extract --bulk --nquads FILE ... "
                        + "(or build --bulk --nquads FILE, or the Spark runner's shards)."})
public final class BenchLoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads files (.nq or .nq.gz).")
    List<Path> files;

    @Option(names = "--skip-incremental", description = "Leave out the incremental path (slow on big files).")
    boolean skipIncremental;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "R", description = "Load R times with each method, "
            + "in a different order each round, and keep each method's fastest (default: ${DEFAULT-VALUE}); the "
            + "first load of a JVM also pays for loading and compiling the loader's code.")
    int rounds;

    /** One way of building a database from N-Quads files. */
    @FunctionalInterface
    private interface Method {
        LoadBenchmark.Result load(List<Path> files, Path database);
    }

    @Override
    public Integer call() throws Exception {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("newsgraph bench load: " + file + " is not a file; make N-Quads with "
                        + "newsgraph bench extract --bulk --nquads FILE ...");
                return ExitCodes.USAGE;
            }
        }
        System.out.println(MachineInfo.current().describe());
        long bytes = LoadBenchmark.warmUp(files);
        System.out.printf("N-Quads: %s (%.1f MB, read once beforehand so every method finds them cached)%n",
                files, bytes / 1e6);
        if (rounds < 1) {
            System.err.println("newsgraph bench load: --rounds must be 1 or more.");
            return ExitCodes.USAGE;
        }
        List<Method> methods = new ArrayList<>(List.of(LoadBenchmark::jenaPhasedLoader, LoadBenchmark::newsgraphBulk));
        if (!skipIncremental) methods.add(LoadBenchmark::newsgraphIncremental);
        LoadBenchmark.Result[] best = new LoadBenchmark.Result[methods.size()];
        for (int round = 0; round < rounds; round++) {
            try (ScratchDirectory scratch = ScratchDirectory.create("newsgraph-bench-load-")) {
                for (int k = 0; k < methods.size(); k++) {
                    int m = (k + round) % methods.size();
                    LoadBenchmark.Result r = methods.get(m).load(files, scratch.path().resolve("db" + m));
                    if (best[m] == null || r.seconds() < best[m].seconds()) best[m] = r;
                }
            }
        }
        List<LoadBenchmark.Result> results = List.of(best);
        System.out.printf("fastest of %d rounds per method:%n", rounds);
        double reference = results.get(0).quadsPerSecond();
        System.out.println("method                                                      quads   seconds    quads/s  vs Jena");
        for (LoadBenchmark.Result r : results) {
            System.out.printf("%-56s %10d %9.2f %10.0f %7.2fx%n", r.method(), r.quads(), r.seconds(),
                    r.quadsPerSecond(), reference > 0 ? r.quadsPerSecond() / reference : 0);
        }
        System.out.printf("load average at end: %.1f%n", MachineInfo.loadAverageNow());
        return ExitCodes.OK;
    }
}
