package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Article;

/**
 * Reads .txt articles: the whole file is the text; metadata comes from the manifest.csv in the same
 * directory when it has a row for the file. The source id is the file name.
 */
public final class TxtReader implements ArticleReader {
    /** One manifest per directory, read once per run so its warnings appear once. */
    private final Map<Path, Manifest> manifests = new HashMap<>();

    @Override
    public boolean accepts(Path file) {
        return FileNames.hasExtension(file, "txt");
    }

    @Override
    public void read(Path file, ArticleHandler handler) throws IOException {
        Optional<String> text = DocumentFile.load(file, handler);
        if (text.isEmpty()) return;
        String name = FileNames.name(file);
        ManifestEntry meta = manifestFor(file, handler).entry(name).orElse(ManifestEntry.none(name));
        handler.article(new Article(name, text.get(), meta.title(), meta.published(), meta.publisher(),
                meta.url(), file.toString()));
    }

    private Manifest manifestFor(Path file, ArticleHandler handler) {
        Path directory = file.getParent() != null ? file.getParent() : Path.of("");
        // keyed by absolute path so "a/x.txt" and "./a/y.txt" share one manifest; messages keep the path as given
        return manifests.computeIfAbsent(directory.toAbsolutePath().normalize(),
                key -> Manifest.forDirectory(directory, handler));
    }
}
