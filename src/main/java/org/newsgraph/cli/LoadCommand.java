package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import org.newsgraph.pipeline.PostBuildSteps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph load --db DIR FILE…} */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Creates a new database from N-Quads article graphs with TDB2's bulk loader, e.g. the "
                + "shards the Spark runner writes (part-00000 ...; .gz files are unpacked), then does what a build "
                + "does at its end: consolidates statements and events reported by several articles, gives each "
                + "actor one label, derives the actor relations and keeps the network summary.",
                "The database must be new or an empty directory; the load goes to <db>.loading and is renamed "
                        + "when complete, so a crash never leaves a half-loaded database."})
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "db", description = "The new TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "N-Quads files, or directories of shards.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            System.err.println("newsgraph load: no N-Quads files in " + inputs + "; give files or a folder of shards.");
            return ExitCodes.USAGE;
        }
        if (!BulkLoader.isNewDatabase(db)) {
            System.err.println("newsgraph load: " + db + " already holds data; give a new or empty --db directory.");
            return ExitCodes.FATAL;
        }
        BulkLoader.Result loaded = BulkLoader.loadIntoNewDatabase(db, files);
        System.out.printf("Loaded %d quads from %d files into %s in %.1f s (%.0f quads/s)%n", loaded.quads(),
                files.size(), db, loaded.seconds(), loaded.quadsPerSecond());
        try (GraphStore store = GraphStore.open(db)) {
            // A loaded store must answer the same queries as a built one (derived relations, summary).
            PostBuildSteps.afterArticlesWritten(store, System.out);
        }
        return ExitCodes.OK;
    }

    /** Files as given; directories give their files, less Spark's markers (_SUCCESS) and checksums (.crc). */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("_")
                                    && !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            }
        }
        return files;
    }
}
