package org.newsgraph.tools.cameo;

/**
 * A generic agent of the Phoenix agent dictionary: a phrase ("riot police", "foreign ministry"),
 * lower case with spaces, and its CAMEO sector code ("COP", "GOV", "REB").
 */
public record AgentEntry(String phrase, String sector) {
}
