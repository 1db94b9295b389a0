package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, by their command-line names. */
public enum GraphFormat {
    GRAPHML("graphml", "application/graphml+xml"),
    GEXF("gexf", "application/gexf+xml"),
    CYJS("cyjs", "application/json"),
    DOT("dot", "text/vnd.graphviz");

    private final String optionName;
    private final String mediaType;

    GraphFormat(String optionName, String mediaType) {
        this.optionName = optionName;
        this.mediaType = mediaType;
    }

    /** The name on the command line, also the usual file extension. */
    public String optionName() {
        return optionName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A writer of this format onto {@code out}. */
    public GraphWriter writer(OutputStream out) throws IOException {
        return switch (this) {
            case GRAPHML -> new GraphMlWriter(out);
            case GEXF -> new GexfWriter(out);
            case CYJS -> new CytoscapeJsonWriter(out);
            case DOT -> new DotWriter(out);
        };
    }

    /**
     * The format of a command-line name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static GraphFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.optionName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + name
                        + "'. Use one of: " + names() + "."));
    }

    static String names() {
        return Arrays.stream(values()).map(GraphFormat::optionName).collect(Collectors.joining(", "));
    }
}
