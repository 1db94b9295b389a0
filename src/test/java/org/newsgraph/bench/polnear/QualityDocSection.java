package org.newsgraph.bench.polnear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces one level-2 section of a Markdown file, leaving the rest alone: several tools write
 * their own section of docs/quality.md. The section runs from its heading to the next level-2
 * heading; it is appended when absent, and the file is created when missing.
 */
final class QualityDocSection {
    private static final String NEW_FILE_TITLE = "# Quality\n\nMeasured figures, each with the command that reproduces it.\n";

    private QualityDocSection() {
    }

    /** @param section the whole section, starting with its "## " heading line */
    static void write(Path file, String section) {
        try {
            String old = Files.isRegularFile(file) ? Files.readString(file) : NEW_FILE_TITLE;
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, replace(old, section));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }

    static String replace(String document, String section) {
        String heading = section.lines().findFirst()
                .filter(h -> h.startsWith("## "))
                .orElseThrow(() -> new IllegalArgumentException("a section starts with a '## ' heading"));
        List<String> lines = new ArrayList<>(document.lines().toList());
        int start = lines.indexOf(heading);
        String body = section.endsWith("\n") ? section : section + "\n";
        if (start < 0) {
            String before = String.join("\n", lines).stripTrailing();
            return (before.isEmpty() ? "" : before + "\n\n") + body;
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) end++;
        String before = String.join("\n", lines.subList(0, start));
        String after = String.join("\n", lines.subList(end, lines.size()));
        return (before.isEmpty() ? "" : before + "\n") + body + (after.isEmpty() ? "" : "\n" + after + "\n");
    }
}
