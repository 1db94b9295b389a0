package org.newsgraph.link.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small tab-separated word lists of this package from the classpath. */
final class DataFiles {
    private DataFiles() {
    }

    /** The rows of a classpath TSV file, each split on tabs; "#" comment lines and blank lines skipped. */
    static List<String[]> rows(String resource) {
        InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing classpath resource " + resource + "; the jar is incomplete.");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
        return rows;
    }
}
