package org.newsgraph.model;

/** The three kinds of actor of the ontology (ng:Person, ng:State, ng:Organization). */
public enum ActorType {
    PERSON("Person", "person"),
    STATE("State", "state"),
    ORGANIZATION("Organization", "organization");

    private final String className;
    private final String iriSegment;

    ActorType(String className, String iriSegment) {
        this.className = className;
        this.iriSegment = iriSegment;
    }

    /** Local name of the ontology class, e.g. "Person". */
    public String className() {
        return className;
    }

    /** Path segment for unlinked actors' IRIs: …/id/person/… */
    public String iriSegment() {
        return iriSegment;
    }
}
