package org.newsgraph.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;

/**
 * The bulk path for large builds into a new database: article graphs are appended to an N-Quads
 * file while extraction runs, then TDB2's bulk loader builds the database from it in one go
 * (see {@link BulkLoader} for why a crash never leaves a half-loaded database), and the
 * statements reported by several articles are consolidated.
 */
public final class BulkLoadSink implements ArticleGraphSink {
    private final Path database;
    private final Path nquadsFile;
    private final Writer out;

    /**
     * @param database   the database to create: absent or an empty directory
     * @param nquadsFile where to write the article graphs; kept after the load
     * @throws IllegalStateException when {@code database} already holds data
     */
    public BulkLoadSink(Path database, Path nquadsFile) throws IOException {
        if (!BulkLoader.isNewDatabase(database)) {
            throw new IllegalStateException(database + " already holds data; --bulk creates a new database. "
                    + "Give a new or empty --db directory, or build without --bulk to add to this one.");
        }
        this.database = database;
        this.nquadsFile = nquadsFile;
        Path parent = nquadsFile.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        this.out = new BufferedWriter(Files.newBufferedWriter(nquadsFile, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A new database has no graphs yet, so nothing is ever stored unchanged. */
    @Override
    public Optional<String> storedContentHash(String graphName) {
        return Optional.empty();
    }

    @Override
    public void put(String graphName, Graph graph) {
        String quads = NQuads.of(graphName, graph);
        synchronized (out) {
            try {
                out.write(quads);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + nquadsFile + ": " + e.getMessage()
                        + ". Check free disk space.", e);
            }
        }
    }

    @Override
    public long finish(StageTimes times, PrintStream progress) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish " + nquadsFile + ": " + e.getMessage(), e);
        }
        BulkLoader.Result loaded = times.time(Stage.LOAD,
                () -> BulkLoader.loadIntoNewDatabase(database, List.of(nquadsFile)));
        progress.printf("Bulk-loaded %d quads from %s in %.1f s (%.0f quads/s)%n", loaded.quads(), nquadsFile,
                loaded.seconds(), loaded.quadsPerSecond());
        try (GraphStore store = GraphStore.open(database)) {
            StoreSink.consolidate(store, times, progress);
            return store.quadCount();
        }
    }
}
