package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entry point of the ingest stage: turns files and directories into a stream of cleaned
 * articles. Directories are walked recursively in sorted order so runs are repeatable; files no
 * reader accepts (manifest.csv, README, images) are skipped silently. Source ids are unique per run.
 */
public final class InputScanner {
    private final List<ArticleReader> readers;
    private final ArticleHandler handler;

    private InputScanner(ArticleHandler handler) {
        // readers keep per-run state (the manifests already read), so each scan gets new ones
        this.readers = List.of(new TxtReader(), new HtmlReader(), new JsonlReader(), new WarcFileReader());
        this.handler = new BoilerplateRemovingHandler(new BoilerplateFilter(), new DuplicateSourceIdFilter(handler));
    }

    /**
     * Reads every article in {@code inputs} (files or directories) and passes it to {@code handler};
     * every problem, including an input that does not exist, becomes a warning.
     */
    public static void scan(List<Path> inputs, ArticleHandler handler) {
        InputScanner scanner = new InputScanner(handler);
        for (Path input : inputs) scanner.scanInput(input);
    }

    /**
     * Reads JSONL articles from a stream, such as an HTTP request body, with the same cleaning and
     * checks as {@link #scan}; warnings name their origin {@code name}:line.
     *
     * @throws IOException when the stream breaks off; articles already delivered stay delivered
     */
    public static void scanJsonl(InputStream in, String name, ArticleHandler handler) throws IOException {
        JsonlReader.read(in, name, new InputScanner(handler).handler);
    }

    private void scanInput(Path input) {
        if (Files.isDirectory(input)) {
            scanDirectory(input);
        } else if (Files.isRegularFile(input)) {
            Optional<ArticleReader> reader = readerFor(input);
            if (reader.isPresent()) {
                readFile(reader.get(), input);
            } else {
                warn(input, "not a supported input; give .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz files or a directory");
            }
        } else {
            warn(input, "no such file or directory; check the path");
        }
    }

    private void scanDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            warn(directory, "cannot list the directory (" + message(e) + "); check its permissions");
            return;
        }
        for (Path file : files) {
            readerFor(file).ifPresent(reader -> readFile(reader, file));
        }
    }

    private void readFile(ArticleReader reader, Path file) {
        try {
            reader.read(file, handler);
        } catch (IOException | UncheckedIOException e) {
            warn(file, "cannot read (" + message(e) + "); check that the file is readable and complete");
        } catch (RuntimeException e) {
            // a parser failing on one odd file must not end a run over thousands
            warn(file, "reading failed (" + e + "); the file was skipped. Please report this with the file");
        }
    }

    private Optional<ArticleReader> readerFor(Path file) {
        return readers.stream().filter(reader -> reader.accepts(file)).findFirst();
    }

    private void warn(Path where, String message) {
        handler.warning(new IngestWarning(where.toString(), message));
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof AccessDeniedException) return "permission denied";
        if (cause instanceof NoSuchFileException) return "file not found";
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
