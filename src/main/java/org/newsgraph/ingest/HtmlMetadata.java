package org.newsgraph.ingest;

import java.time.LocalDate;

/** Metadata found in an HTML page's head and markup; absent values are null. */
record HtmlMetadata(String title, LocalDate published, String publisher, String url) {
}
