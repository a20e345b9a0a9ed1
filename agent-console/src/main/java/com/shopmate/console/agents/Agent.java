package com.shopmate.console.agents;

import java.util.List;

/**
 * A person who answers shoppers in the console.
 *
 * @param roles {@code agent}, and {@code supervisor} for one who may also hand back others' conversations
 */
public record Agent(String username, String displayName, List<String> roles, boolean available, int maxOpenChats) {

    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final List<String> ROLES = List.of(AGENT, SUPERVISOR);

    public Agent {
        roles = List.copyOf(roles);
    }

    public boolean isSupervisor() {
        return roles.contains(SUPERVISOR);
    }
}
