package org.newsgraph.extract;

/** ng:Direct, ng:Indirect, ng:Mixed. */
public enum QuoteKind { DIRECT, INDIRECT, MIXED }
