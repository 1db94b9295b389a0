package org.newsgraph.tools.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the test fixtures and the shared project material. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The tiny sources folder under src/test/resources/gazetteer-sources. */
    public static Path sources() {
        return resource("gazetteer-sources");
    }

    /** An output folder holding the fixture's hand-made inputs, as the generator expects them. */
    public static Path outputWithCuratedInputs(Path dir) throws IOException {
        copyFiles(resource("gazetteer-curated"), dir);
        return dir;
    }

    /** ../shared/sources relative to the project directory (may be absent). */
    public static Path sharedSources() {
        return Path.of("..", "shared", "sources");
    }

    /** Copies the regular files of one folder into another. */
    public static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }

    /** Copies the named files of one folder into another. */
    public static void copyFiles(Path from, Path to, List<String> names) throws IOException {
        Files.createDirectories(to);
        for (String name : names) Files.copy(from.resolve(name), to.resolve(name));
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) throw new IllegalStateException("test resource " + name + " missing");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
