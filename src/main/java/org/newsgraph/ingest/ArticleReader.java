package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one input format. Problems with single articles go to the handler as warnings. */
public interface ArticleReader {
    /** True when this reader handles the file, judged by its name. */
    boolean accepts(Path file);

    /**
     * Streams the articles in {@code file} to the handler.
     *
     * @throws IOException when the file cannot be read at all; articles already delivered stay delivered
     */
    void read(Path file, ArticleHandler handler) throws IOException;
}
