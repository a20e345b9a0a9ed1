package com.shopmate.console.queue;

import java.time.Instant;

/** A handover outside the agents' hours: a person answers later, at {@code contact} when there is one. */
public record Ticket(long id, String conversationId, String contact, String customerId, String reason,
                     String summary, String language, String status, Instant createdAt) {

    public static final String OPEN = "open";
    public static final String DONE = "done";
}
