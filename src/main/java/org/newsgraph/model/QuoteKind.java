package org.newsgraph.model;

/** ng:Direct, ng:Indirect, ng:Mixed. */
public enum QuoteKind { DIRECT, INDIRECT, MIXED }
