package org.newsgraph.link.wikidata;

/** Wikidata could not be asked: no network, timeouts, or errors that retries did not cure. */
public final class WikidataUnavailableException extends RuntimeException {
    public WikidataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public WikidataUnavailableException(String message) {
        super(message);
    }
}
