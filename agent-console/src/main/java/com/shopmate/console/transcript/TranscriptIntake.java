package com.shopmate.console.transcript;

import com.shopmate.console.conversation.ConversationStore;
import com.shopmate.console.live.LiveNotice;
import com.shopmate.console.live.LiveNotices;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every conversation's transcript, from the events: what shoppers said and what the bot or an agent answered. Kept
 * for all conversations, not only handed-over ones, so that an agent who claims one reads it from the start.
 */
@ApplicationScoped
public class TranscriptIntake {

    private final EventConsumer<UtteranceReceived> utterances;
    private final EventConsumer<ReplyComposed> replies;
    private final Pool db;
    private final TranscriptStore transcripts;
    private final ConversationStore conversations;
    private final LiveNotices live;

    TranscriptIntake(EventConsumers consumers, Pool db, TranscriptStore transcripts, ConversationStore conversations,
                     LiveNotices live) {
        this.utterances = consumers.of(UtteranceReceived.class);
        this.replies = consumers.of(ReplyComposed.class);
        this.db = db;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.live = live;
    }

    @Incoming("utterances")
    public Uni<Void> onUtterance(String json) {
        return utterances.consume(json, this::heard);
    }

    @Incoming("replies")
    public Uni<Void> onReply(String json) {
        return replies.consume(json, this::answered);
    }

    Uni<Void> heard(EventEnvelope<UtteranceReceived> event) {
        UtteranceReceived said = event.payload();
        TranscriptLine line = new TranscriptLine(event.occurredAt(), TranscriptLine.SHOPPER, null, said.text(),
                said.messageId());
        return db.withTransaction(tx -> transcripts.add(tx, event.eventId(), event.conversationId(), line)
                        .call(added -> !added ? Uni.createFrom().voidItem()
                                : conversations.remember(tx, event).chain(() -> conversations.heard(tx,
                                event.conversationId(), event.eventId(), said.replyAddress(),
                                languageOf(said.locale())))))
                .invoke(added -> notifyIf(added, event.conversationId()))
                .replaceWithVoid();
    }

    Uni<Void> answered(EventEnvelope<ReplyComposed> event) {
        ReplyComposed reply = event.payload();
        // The acknowledgement that a person will answer says nothing to the shopper: no line.
        if (reply.isHeldForAgent()) {
            return Uni.createFrom().voidItem();
        }
        String text = reply.replies().stream().map(ReplyComposed.Reply::text).collect(Collectors.joining("\n"));
        TranscriptLine line = new TranscriptLine(event.occurredAt(),
                reply.byAgent() ? TranscriptLine.AGENT : TranscriptLine.BOT, reply.agentName(), text,
                reply.messageId());
        return db.withTransaction(tx -> transcripts.add(tx, event.eventId(), event.conversationId(), line)
                        .call(added -> !added ? Uni.createFrom().voidItem()
                                : conversations.remember(tx, event).chain(() -> reply.byAgent()
                                ? Uni.createFrom().voidItem()
                                : conversations.answeredIn(tx, event.conversationId(), reply.language()))))
                .invoke(added -> notifyIf(added, event.conversationId()))
                .replaceWithVoid();
    }

    private void notifyIf(boolean added, String conversationId) {
        if (added) {
            live.publish(LiveNotice.line(conversationId));
        }
    }

    /** {@code zh-CN} → {@code zh}: the console only needs the language, and only until a reply names it. */
    static String languageOf(String locale) {
        if (locale == null || locale.isBlank()) {
            return null;
        }
        String language = locale.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return language.equals("zh") || language.equals("en") ? language : null;
    }
}
