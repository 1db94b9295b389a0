package org.newsgraph.explore;

/** A query offered in the explorer's query box: its file in queries/, menu title and text. */
record CannedQuery(String file, String title, String text) {
}
