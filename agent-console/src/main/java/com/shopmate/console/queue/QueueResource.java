package com.shopmate.console.queue;

import com.shopmate.console.agents.AgentStore;
import com.shopmate.console.conversation.Conversation;
import com.shopmate.console.conversation.ConversationStore;
import com.shopmate.console.live.LiveNotice;
import com.shopmate.console.live.LiveNotices;
import com.shopmate.console.transcript.TranscriptLine;
import com.shopmate.console.transcript.TranscriptStore;
import com.shopmate.errors.ApiException;
import com.shopmate.events.HandoffEnded;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.time.Instant;
import java.util.List;

/** What waits for people: the queue of handed-over conversations and the open tickets. */
@Path("/console/api")
public class QueueResource {

    private final ConversationStore conversations;
    private final TicketStore tickets;
    private final TranscriptStore transcripts;
    private final AgentStore agents;
    private final HandoffEndings endings;
    private final LiveNotices live;
    private final Pool db;
    private final SecurityIdentity identity;

    QueueResource(ConversationStore conversations, TicketStore tickets, TranscriptStore transcripts,
                  AgentStore agents, HandoffEndings endings, LiveNotices live, Pool db, SecurityIdentity identity) {
        this.conversations = conversations;
        this.tickets = tickets;
        this.transcripts = transcripts;
        this.agents = agents;
        this.endings = endings;
        this.live = live;
        this.db = db;
        this.identity = identity;
    }

    @GET
    @Path("/queue")
    public Uni<List<QueueEntry>> queue() {
        Instant now = Instant.now();
        return conversations.queue().map(queued -> queued.stream().map(c -> QueueEntry.of(c, now)).toList());
    }

    @GET
    @Path("/tickets")
    public Uni<List<Ticket>> openTickets() {
        return tickets.open();
    }

    /**
     * The ticket is answered: done, and a conversation still waiting on it goes back to the bot
     * ({@link HandoffEnded} {@code closed}).
     */
    @POST
    @Path("/tickets/{id}/done")
    public Uni<Ticket> done(@PathParam("id") long id) {
        String username = identity.getPrincipal().getName();
        return agents.find(username).chain(agent -> {
            String name = agent.map(a -> a.displayName()).orElse(username);
            return db.withTransaction(tx -> tickets.done(tx, id, username).chain(found -> {
                Ticket ticket = found.orElseThrow(() -> new ApiException(404, "ticket_not_found", "no ticket " + id));
                return conversations.lock(tx, ticket.conversationId()).chain(conversation -> {
                    if (conversation.isEmpty() || !Conversation.TICKET.equals(conversation.get().status())) {
                        return Uni.createFrom().item(ticket);
                    }
                    return conversations.move(tx, ticket.conversationId(), Conversation.TICKET, Conversation.BOT,
                                    null)
                            .chain(() -> transcripts.addOwn(tx, ticket.conversationId(), TranscriptLine.SYSTEM, null,
                                    "工单已处理 Ticket done by " + name))
                            .chain(() -> endings.publish(conversation.get(), "closed", name))
                            .replaceWith(ticket);
                });
            }));
        }).invoke(ticket -> live.publish(LiveNotice.conversation(ticket.conversationId())));
    }
}
