package org.newsgraph.tools.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PolNeAR compartment directory: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}.
 *
 * <p>A few texts were annotated by every annotator to measure agreement; the benchmark scores
 * against one annotation per text, the annotator id that sorts first, so every text weighs the same
 * and the choice does not depend on our results.
 */
public final class PolnearCorpus {
    private PolnearCorpus() {
    }

    /** The texts in file-name order, at most {@code limit} of them. */
    public static List<PolnearDocument> load(Path compartment, int limit) {
        Path texts = compartment.resolve("text");
        Path attributions = compartment.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(attributions)) {
            throw new IllegalArgumentException(compartment + " is not a PolNeAR compartment: it needs text/ and"
                    + " attributions/ directories (e.g. ../shared/bench/polnear/test)");
        }
        List<PolnearDocument> documents = new ArrayList<>();
        for (Path textFile : sortedFiles(texts, ".txt")) {
            if (documents.size() >= limit) break;
            String name = stripSuffix(textFile.getFileName().toString(), ".txt");
            Path annotation = firstAnnotation(attributions, name);
            String text = read(textFile);
            documents.add(new PolnearDocument(name, text, dateIn(name),
                    BratAnnotations.parse(read(annotation), text, annotation.getFileName().toString())));
        }
        return documents;
    }

    private static Path firstAnnotation(Path attributions, String name) {
        return sortedFiles(attributions, ".ann").stream()
                .filter(p -> isAnnotationOf(p.getFileName().toString(), name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + name + "_*.ann in " + attributions));
    }

    /** NAME_ANNOTATOR.ann exactly: another text's name may begin with this one's. */
    static boolean isAnnotationOf(String fileName, String name) {
        if (!fileName.startsWith(name + "_")) return false;
        String annotator = stripSuffix(fileName, ".ann").substring(name.length() + 1);
        return !annotator.isEmpty() && !annotator.contains("_");
    }

    /** PolNeAR names files publisher_yyyy-mm-dd_slug. */
    static LocalDate dateIn(String name) {
        String[] parts = name.split("_");
        if (parts.length < 2) return null;
        try {
            return LocalDate.parse(parts[1]);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Path> sortedFiles(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripSuffix(String fileName, String suffix) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }
}
