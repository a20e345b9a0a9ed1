package com.shopmate.events;

/**
 * People give a conversation back to the bot. Dialogue answers the shopper again from the next message; for
 * {@code unclaimed} it first tells the shopper that no agent was free and offers a callback.
 *
 * @param reason    {@code handed_back} (an agent finished and returned it), {@code unclaimed} (no agent claimed it
 *                  within the console's wait) or {@code closed} (a ticket was answered); an open list
 * @param agentName the agent who handed it back, or null
 */
public record HandoffEnded(String reason, String agentName) implements EventPayload {

    public static final String TYPE = "HandoffEnded";
    public static final int VERSION = 1;
    public static final String HANDED_BACK = "handed_back";
    public static final String UNCLAIMED = "unclaimed";

    public HandoffEnded {
        RequiredFields.require(reason, "reason");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
