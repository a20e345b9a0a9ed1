package com.shopmate.console.queue;

import com.shopmate.console.agents.Agent;
import com.shopmate.errors.ApiException;

/**
 * Whether an agent may take one more conversation (a claim, or a transfer to them): only while available, and only
 * under their own limit of open chats.
 */
public final class ClaimRule {

    private ClaimRule() {
    }

    /** @throws ApiException 409 {@code agent_unavailable} or {@code at_max_open_chats} */
    public static void check(Agent agent, long openChats) {
        if (!agent.available()) {
            throw new ApiException(409, "agent_unavailable", agent.username() + " is not available for chats");
        }
        if (openChats >= agent.maxOpenChats()) {
            throw new ApiException(409, "at_max_open_chats", agent.username() + " has " + openChats
                    + " open chats, the most they take (" + agent.maxOpenChats() + ")");
        }
    }
}
