package org.newsgraph.ingest;

/**
 * A problem with one input that did not stop the run.
 *
 * @param origin where: a file, or file:line for JSONL
 * @param message what happened and what to do about it
 */
public record IngestWarning(String origin, String message) {
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
