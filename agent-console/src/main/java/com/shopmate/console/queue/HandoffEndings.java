package com.shopmate.console.queue;

import com.shopmate.console.conversation.Conversation;
import com.shopmate.console.conversation.ConversationEvents;
import com.shopmate.events.EventCodec;
import com.shopmate.events.HandoffEnded;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Tells dialogue that people gave a conversation back: {@link HandoffEnded}, keyed by the conversation. */
@ApplicationScoped
public class HandoffEndings {

    private final MutinyEmitter<String> endings;

    HandoffEndings(@Channel("handoff-endings") MutinyEmitter<String> endings) {
        this.endings = endings;
    }

    /** Completes once the broker has the record. */
    public Uni<Void> publish(Conversation conversation, String reason, String agentName) {
        var event = ConversationEvents.about(conversation, new HandoffEnded(reason, agentName));
        return endings.sendMessage(KafkaRecord.of(conversation.conversationId(), EventCodec.encode(event)));
    }
}
