package org.newsgraph.store;

import java.util.regex.Pattern;

/** Checks an IRI given from outside before it is written into a query between angle brackets. */
public final class IriText {
    // Characters SPARQL forbids inside <...>: they would end the IRI and let text into the query.
    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");

    private IriText() {
    }

    /**
     * {@code iri} itself when it is an absolute IRI that is safe to write as {@code <iri>}.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static String checked(String iri) {
        if (iri == null || !SCHEME.matcher(iri).matches() || FORBIDDEN.matcher(iri).find()) {
            throw new IllegalArgumentException("Not an absolute IRI: " + iri);
        }
        return iri;
    }
}
