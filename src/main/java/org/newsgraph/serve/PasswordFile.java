package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The password file of the users who may update and ingest: Jetty's format, one
 * {@code user: password} a line ({@code #} starts a comment; a password may be given as
 * {@code MD5:…} or {@code CRYPT:…} instead of plain). Checked before the server starts, because
 * Jetty only says "no such user" at the first login.
 */
public final class PasswordFile {
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private PasswordFile() {
    }

    /**
     * The user names in {@code file}.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or names no user
     */
    public static List<String> users(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("The password file " + file.toAbsolutePath() + " does not exist or cannot"
                    + " be read. Create it with one \"user: password\" line per user (see docs/reliability.md).");
        }
        List<String> users;
        try {
            users = Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .filter(line -> line.indexOf(':') > 0 && !line.substring(line.indexOf(':') + 1).isBlank())
                    .map(line -> line.substring(0, line.indexOf(':')).strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password file " + file.toAbsolutePath(), e);
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("The password file " + file.toAbsolutePath() + " names no user. Write one"
                    + " \"user: password\" line per user who may update or ingest.");
        }
        return users;
    }

    /** A warning when users other than the owner can read the file, or empty. */
    public static Optional<String> exposure(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                return Optional.of("the password file " + file.toAbsolutePath() + " can be read by other users of this"
                        + " machine; make it private with: chmod 600 " + file);
            }
            return Optional.empty();
        } catch (UnsupportedOperationException | IOException e) {
            return Optional.empty();
        }
    }
}
