package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a --db argument of a command that reads an existing database. TDB2 silently creates an
 * empty database in a missing directory, which would make a typo look like an empty graph.
 */
final class DatabaseDirectory {
    private DatabaseDirectory() {
    }

    /** What is wrong with {@code db} as an existing database, or empty when it looks fine. */
    static Optional<String> problem(Path db) {
        Optional<String> file = notADirectory(db);
        if (file.isPresent()) return file;
        if (!Files.isDirectory(db)) {
            return Optional.of("No database at " + db.toAbsolutePath()
                    + ": the directory does not exist. Build one first, or give the right directory with --db.");
        }
        if (isEmpty(db)) {
            return Optional.of("No database at " + db.toAbsolutePath()
                    + ": the directory is empty. Build one first, or give the right directory with --db.");
        }
        return Optional.empty();
    }

    /** The problem when {@code db} names something other than a directory (a file), else empty. */
    static Optional<String> notADirectory(Path db) {
        if (Files.exists(db) && !Files.isDirectory(db)) {
            return Optional.of(db.toAbsolutePath() + " is a file, not a database directory: give the database's"
                    + " directory with --db.");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the database directory " + dir, e);
        }
    }
}
