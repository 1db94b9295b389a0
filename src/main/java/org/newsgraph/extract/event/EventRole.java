package org.newsgraph.extract.event;

/** The parts an actor can play in an event: ng:agent, ng:target, ng:recipient. */
enum EventRole {
    AGENT, TARGET, RECIPIENT;

    static EventRole parse(String name) {
        return switch (name.strip()) {
            case "agent" -> AGENT;
            case "target" -> TARGET;
            case "recipient" -> RECIPIENT;
            default -> throw new IllegalArgumentException("unknown role '" + name + "' (agent, target or recipient)");
        };
    }
}
