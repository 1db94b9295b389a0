package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** File-name tests shared by the readers, so "ARTICLE.TXT" and "article.txt" are treated alike. */
final class FileNames {
    private FileNames() {
    }

    static boolean hasExtension(Path file, String... extensions) {
        Path name = file.getFileName();
        if (name == null) return false;
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith("." + extension) && lower.length() > extension.length() + 1) return true;
        }
        return false;
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
