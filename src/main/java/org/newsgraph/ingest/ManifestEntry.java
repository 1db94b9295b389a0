package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * Metadata for one .txt article, from a row of manifest.csv. Absent values are null.
 *
 * @param file the article's file name, relative to the manifest's directory
 */
record ManifestEntry(String file, LocalDate published, String publisher, String title, String url) {
    static ManifestEntry none(String file) {
        return new ManifestEntry(file, null, null, null, null);
    }
}
