package org.newsgraph.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the fixtures under src/test/resources/ingest. */
final class TestFiles {
    private TestFiles() {
    }

    static Path fixture(String relative) {
        URL url = TestFiles.class.getResource("/ingest/" + relative);
        if (url == null) throw new IllegalStateException("missing test fixture ingest/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
