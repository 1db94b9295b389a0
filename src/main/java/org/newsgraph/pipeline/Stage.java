package org.newsgraph.pipeline;

/** The stages an article goes through on its way into the store, in order; timed by {@link StageTimes}. */
public enum Stage {
    /** Reading and cleaning input files (the scanning thread). */
    INGEST("ingest"),
    /** CoreNLP: tokens, sentences, tags, entities, dates, dependency parses. */
    NLP("nlp"),
    /** Actors, statements and events from the analysis, and linking actors to the gazetteer. */
    EXTRACT("extract+link"),
    /** The extraction as an RDF graph. */
    RDF("rdf"),
    /** SHACL validation of the article graph. */
    VALIDATE("validate"),
    /** Writing the article graph: a store transaction, or N-Quads for a bulk build. */
    STORE("store"),
    /** Bulk loading N-Quads into a new database (bulk builds only). */
    LOAD("bulk load"),
    /** Consolidating statements reported by several articles, once after the articles. */
    CONSOLIDATE("consolidate");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
