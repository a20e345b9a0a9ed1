package com.shopmate.dialogue.handoff;

import com.shopmate.dialogue.content.DialogueContent;
import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.ConversationContextStore;
import com.shopmate.dialogue.context.Memory;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffEnded;
import com.shopmate.events.ReplyComposed;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.kit.consuming.FollowUp;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * People give a conversation back: the bot answers the shopper again. It says so, so the shopper knows who is
 * talking; when nobody claimed the conversation, it says that no agent was free and offers a callback (a number the
 * shopper then leaves files a ticket, {@link Handover#callbackAnswer}). An ending for a conversation the bot does
 * not hold for people (a copy, or one that ended already) changes nothing.
 */
@ApplicationScoped
public class HandoffEndedConsumer {

    private static final Logger LOG = Logger.getLogger(HandoffEndedConsumer.class);

    private final EventConsumer<HandoffEnded> endings;
    private final ConversationContextStore contexts;
    private final DialogueContent content;
    private final MutinyEmitter<Record<String, String>> replies;

    public HandoffEndedConsumer(EventConsumers consumers, ConversationContextStore contexts,
                                DialogueContent content,
                                @Channel("replies") MutinyEmitter<Record<String, String>> replies) {
        this.endings = consumers.of(HandoffEnded.class);
        this.contexts = contexts;
        this.content = content;
        this.replies = replies;
    }

    @Incoming("handoff-endings")
    public Uni<Void> onEnded(String json) {
        return endings.consume(json, this::giveBack);
    }

    private Uni<Void> giveBack(EventEnvelope<HandoffEnded> ended) {
        return contexts.load(ended.conversationId()).chain(context -> {
            if (!context.memory().withPeople()) {
                return Uni.createFrom().voidItem();
            }
            boolean unclaimed = HandoffEnded.UNCLAIMED.equals(ended.payload().reason());
            String language = context.language() == null ? "zh" : context.language();
            String key = unclaimed ? "handoff.unclaimed" : "handoff.returned";
            ReplyComposed.Reply said = new ReplyComposed.Reply(
                    content.flows().wording().say(key, language, (int) context.exchanges(), java.util.Map.of()),
                    content.flows().wording().quickReplies(key, language));
            // The reply answers no shopper's message: its ids are the ending's, so a redelivery sends the same one.
            ReplyComposed reply = new ReplyComposed(ended.eventId(), "handoff-ended-" + ended.eventId(), language,
                    List.of(said), false);
            Memory memory = context.memory().withHandoff(unclaimed ? Memory.AWAITING_CONTACT : null).withFallbacks(0);
            ConversationContext next = context.withMemory(memory);
            return replies.send(FollowUp.record(ended, reply))
                    .chain(() -> contexts.saveTurn(ended.conversationId(), next, ended.eventId()))
                    .invoke(() -> LOG.infof("conversation given back to the bot (%s)", ended.payload().reason()));
        });
    }
}
