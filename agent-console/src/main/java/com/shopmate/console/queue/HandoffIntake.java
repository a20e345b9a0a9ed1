package com.shopmate.console.queue;

import com.shopmate.console.conversation.ConversationRows;
import com.shopmate.console.conversation.ConversationStore;
import com.shopmate.console.live.LiveNotice;
import com.shopmate.console.live.LiveNotices;
import com.shopmate.console.transcript.TranscriptLine;
import com.shopmate.console.transcript.TranscriptStore;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.HandoffRequested;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The bot's handovers: route {@code queue} puts the conversation in the agents' queue with what the bot knew
 * (reason, summary, tone, orders); route {@code ticket} files a ticket for a person to answer later. Either way the
 * transcript says so. The system line's key is the handover's eventId, so a redelivered handover changes nothing.
 */
@ApplicationScoped
public class HandoffIntake {

    private final EventConsumer<HandoffRequested> handoffs;
    private final Pool db;
    private final TranscriptStore transcripts;
    private final ConversationStore conversations;
    private final ConversationRows rows;
    private final LiveNotices live;

    HandoffIntake(EventConsumers consumers, Pool db, TranscriptStore transcripts, ConversationStore conversations,
                  ConversationRows rows, LiveNotices live) {
        this.handoffs = consumers.of(HandoffRequested.class);
        this.db = db;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.rows = rows;
        this.live = live;
    }

    @Incoming("handoffs")
    public Uni<Void> onHandoff(String json) {
        return handoffs.consume(json, this::handedOver);
    }

    Uni<Void> handedOver(EventEnvelope<HandoffRequested> event) {
        HandoffRequested handoff = event.payload();
        boolean ticket = HandoffRequested.TICKET.equals(handoff.route());
        String text = (ticket ? "转为工单 Ticket filed: " : "转人工排队 Queued for an agent: ") + handoff.reason();
        TranscriptLine line = new TranscriptLine(event.occurredAt(), TranscriptLine.SYSTEM, null, text, null);
        return db.withTransaction(tx -> transcripts.add(tx, event.eventId(), event.conversationId(), line)
                        .call(added -> !added ? Uni.createFrom().voidItem()
                                : conversations.remember(tx, event)
                                        .chain(() -> describe(tx, event))
                                        .chain(() -> ticket ? fileTicket(tx, event) : queue(tx, event))))
                .invoke(added -> {
                    if (added) {
                        live.publish(ticket ? LiveNotice.conversation(event.conversationId())
                                : LiveNotice.queue(event.conversationId()));
                    }
                })
                .replaceWithVoid();
    }

    // What the bot knew, for whoever answers: on the conversation whatever the route.
    private Uni<Void> describe(SqlClient tx, EventEnvelope<HandoffRequested> event) {
        HandoffRequested handoff = event.payload();
        return tx.preparedQuery("UPDATE agent_console.conversations SET reason = $2, summary = $3, risk = $4,"
                        + " emotions = $5::text::jsonb, orders = $6::text::jsonb, customer_id = COALESCE($7, customer_id),"
                        + " contact = COALESCE($8, contact), language = $9, updated_at = now()"
                        + " WHERE conversation_id = $1")
                .execute(Tuple.from(new Object[] {event.conversationId(), handoff.reason(), handoff.summary(),
                        handoff.risk(), rows.write(handoff.emotions()), rows.write(handoff.orders()),
                        handoff.customerId(), handoff.contact(), handoff.language()}))
                .replaceWithVoid();
    }

    // An agent who owns the conversation keeps it; otherwise it waits in the queue from the handover's time.
    private Uni<Void> queue(SqlClient tx, EventEnvelope<HandoffRequested> event) {
        return tx.preparedQuery("UPDATE agent_console.conversations SET status = 'queued', owner = NULL,"
                        + " queued_at = $2, claimed_at = NULL WHERE conversation_id = $1 AND status <> 'claimed'")
                .execute(Tuple.of(event.conversationId(), OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    private Uni<Void> fileTicket(SqlClient tx, EventEnvelope<HandoffRequested> event) {
        HandoffRequested handoff = event.payload();
        return tx.preparedQuery("INSERT INTO agent_console.tickets (event_id, conversation_id, contact, customer_id,"
                        + " reason, summary, language, created_at) SELECT $1, $2, COALESCE($3, c.contact),"
                        + " COALESCE($4, c.customer_id), $5, $6, $7, $8 FROM agent_console.conversations c"
                        + " WHERE c.conversation_id = $2 ON CONFLICT (event_id) DO NOTHING")
                .execute(Tuple.from(new Object[] {event.eventId(), event.conversationId(), handoff.contact(),
                        handoff.customerId(), handoff.reason(), handoff.summary(), handoff.language(),
                        OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC)}))
                .chain(() -> tx.preparedQuery("UPDATE agent_console.conversations SET status = 'ticket',"
                                + " owner = NULL WHERE conversation_id = $1 AND status <> 'claimed'")
                        .execute(Tuple.of(event.conversationId())))
                .replaceWithVoid();
    }
}
