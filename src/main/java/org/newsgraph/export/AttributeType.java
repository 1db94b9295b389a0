package org.newsgraph.export;

/** The value type of a node or edge attribute, with its name in each file format. */
public enum AttributeType {
    STRING("string", "string"),
    INTEGER("long", "long"),
    DOUBLE("double", "double");

    private final String graphMlName;
    private final String gexfName;

    AttributeType(String graphMlName, String gexfName) {
        this.graphMlName = graphMlName;
        this.gexfName = gexfName;
    }

    /** The GraphML attr.type. */
    public String graphMlName() {
        return graphMlName;
    }

    /** The GEXF attribute type. */
    public String gexfName() {
        return gexfName;
    }
}
