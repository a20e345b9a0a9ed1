package com.shopmate.console.conversation;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/** Events the console says about a conversation: in its envelope (shop, channel, the shopper's identity). */
public final class ConversationEvents {

    private ConversationEvents() {
    }

    /** A new event with a fresh id, stamped now: the gateway delivers it on the conversation's own channel. */
    public static <P extends EventPayload> EventEnvelope<P> about(Conversation conversation, P payload) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), payload.eventType(), payload.schemaVersion(),
                conversation.conversationId(), conversation.shopId(), Channel.of(conversation.channel()),
                Instant.now(), null, payload, conversation.identity());
    }
}
