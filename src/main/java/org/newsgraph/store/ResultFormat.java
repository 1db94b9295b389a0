package org.newsgraph.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How query results are written. TSV, CSV and JSON are the SPARQL 1.1 result formats for SELECT
 * and ASK; a CONSTRUCT or DESCRIBE result is a graph, written as Turtle, or as N-Triples when
 * {@link #NTRIPLES} is chosen.
 */
public enum ResultFormat {
    TSV("tsv"),
    CSV("csv"),
    JSON("json"),
    TURTLE("ttl", "turtle"),
    NTRIPLES("nt", "ntriples");

    private final List<String> names;

    ResultFormat(String... names) {
        this.names = List.of(names);
    }

    /** The name used on the command line, e.g. "tsv". */
    public String optionName() {
        return names.get(0);
    }

    /** True for the formats of SELECT and ASK results. */
    public boolean isTabular() {
        return this == TSV || this == CSV || this == JSON;
    }

    /**
     * The format of a command-line name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted names when {@code name} is none of them
     */
    public static ResultFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.names.contains(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown result format '" + name
                        + "'. Use one of: " + allNames() + "."));
    }

    static String allNames() {
        return Arrays.stream(values()).map(ResultFormat::optionName).collect(Collectors.joining(", "));
    }
}
