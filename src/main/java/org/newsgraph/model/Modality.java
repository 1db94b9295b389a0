package org.newsgraph.model;

/** ng:Asserted, ng:Conditional, ng:Hypothetical, ng:Negated, ng:Planned. */
public enum Modality { ASSERTED, CONDITIONAL, HYPOTHETICAL, NEGATED, PLANNED }
