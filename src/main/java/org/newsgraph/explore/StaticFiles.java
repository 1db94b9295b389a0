package org.newsgraph.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The files of the explorer page, all inside the jar: the page's own files (classpath folder
 * explore/) and Cytoscape.js from its WebJar. Only plain file names are looked up, so a request
 * cannot reach any other resource of the classpath.
 */
final class StaticFiles {
    /** Where the page loads Cytoscape.js from, relative to the page. */
    static final String CYTOSCAPE_PATH = "lib/cytoscape.min.js";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final Pattern PAGE_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js|css)");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    /** A file's bytes and media type. */
    record StaticFile(byte[] content, String mediaType) {
    }

    private final String cytoscapeResource;

    StaticFiles() {
        this.cytoscapeResource = "META-INF/resources/webjars/cytoscape/" + webJarVersion() + "/dist/cytoscape.min.js";
    }

    /** The file at {@code path} below /explore/ ("" is the page), or empty when there is none. */
    Optional<StaticFile> find(String path) {
        if (path.isEmpty()) {
            return load("explore/index.html", "html");
        }
        if (path.equals(CYTOSCAPE_PATH)) {
            return load(cytoscapeResource, "js");
        }
        if (PAGE_FILE.matcher(path).matches()) {
            return load("explore/" + path, path.substring(path.lastIndexOf('.') + 1));
        }
        return Optional.empty();
    }

    private static Optional<StaticFile> load(String resource, String extension) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new StaticFile(in.readAllBytes(), MEDIA_TYPES.get(extension)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
    }

    // The WebJar's folder is named by its version; its Maven metadata says which one is on the classpath.
    private static String webJarVersion() {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("The Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the"
                        + " classpath; the explorer page needs it. Rebuild newsgraph with its dependencies.");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR_POM, e);
        }
    }
}
