package org.newsgraph.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a new database from N-Quads files (any name; gzipped when it ends in .gz) with TDB2's phased bulk loader, the loader
 * {@code tdb2.tdbloader} uses by default.
 * <p>
 * Crash safety: the phased loader can leave a half-loaded database behind when the process dies,
 * so it never writes into the target. It loads into a sibling directory {@code <db>.loading},
 * which is renamed to {@code <db>} only after the load finished and the database was closed. A
 * crash leaves the target absent (or empty) and a stale {@code .loading} directory, which the next
 * load deletes.
 */
public final class BulkLoader {
    /** What a load did. */
    public record Result(long quads, double seconds) {
        public double quadsPerSecond() {
            return seconds > 0 ? quads / seconds : 0;
        }
    }

    private BulkLoader() {
    }

    /**
     * Loads {@code files} (N-Quads; .nq or .nq.gz) into a new database at {@code database}.
     *
     * @throws IllegalStateException when {@code database} exists and is not an empty directory:
     *                               a bulk load never merges into existing data
     * @throws UncheckedIOException  when the directories cannot be written
     */
    public static Result loadIntoNewDatabase(Path database, List<Path> files) {
        Path target = database.toAbsolutePath().normalize();
        requireNewDatabase(target);
        Path staging = stagingDirectory(target);
        long start = System.nanoTime();
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            long quads = loadPhased(staging, files);
            if (Files.isDirectory(target)) Files.delete(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(quads, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("Bulk load into " + target + " failed: " + e.getMessage()
                    + ". Check free disk space and permissions; " + staging + " may be deleted.", e);
        }
    }

    /** True when {@code database} does not exist or is an empty directory: a bulk load may create it. */
    public static boolean isNewDatabase(Path database) {
        if (!Files.exists(database)) return true;
        if (!Files.isDirectory(database)) return false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(database)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The directory a load into {@code database} writes before it is renamed. */
    public static Path stagingDirectory(Path database) {
        Path target = database.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + ".loading");
    }

    private static long loadPhased(Path directory, List<Path> files) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            // A null MonitorOutput throws an NPE in Jena 5.6.0; the null output keeps the console quiet.
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                // Read as N-Quads whatever the name: Spark's shards are called part-00000.
                for (Path file : files) {
                    try (InputStream in = open(file)) {
                        loader.loadFromInputStream(file.toUri().toString(), in, Lang.NQUADS);
                    }
                }
                loader.finishBulk();
            } catch (IOException e) {
                loader.finishException(e);
                throw new UncheckedIOException("Cannot read " + e.getMessage(), e);
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static void requireNewDatabase(Path target) {
        if (!isNewDatabase(target)) {
            throw new IllegalStateException(target + " already holds data; a bulk build creates a new database. "
                    + "Give a new or empty --db directory, or build without --bulk to add to this one.");
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) return;
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }
}
