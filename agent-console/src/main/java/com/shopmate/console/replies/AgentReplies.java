package com.shopmate.console.replies;

import com.shopmate.console.ConsoleConfig;
import com.shopmate.console.agents.Agent;
import com.shopmate.console.agents.AgentStore;
import com.shopmate.console.conversation.Conversation;
import com.shopmate.console.conversation.ConversationEvents;
import com.shopmate.console.live.LiveNotice;
import com.shopmate.console.live.LiveNotices;
import com.shopmate.console.queue.ConversationActions;
import com.shopmate.console.transcript.TranscriptLine;
import com.shopmate.console.transcript.TranscriptStore;
import com.shopmate.errors.ApiException;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.util.List;
import java.util.UUID;

/**
 * What an agent writes in a conversation they own: a reply, sent to the shopper as a {@link ReplyComposed} by
 * {@code agent} (the gateway delivers it on the conversation's channel), or an internal note that stays here.
 */
@ApplicationScoped
public class AgentReplies {

    /** The reply as published: the messageId the shopper's client sees, and the event's id. */
    public record Sent(String messageId, String eventId) {
    }

    private final Pool db;
    private final AgentStore agents;
    private final ConversationActions actions;
    private final TranscriptStore transcripts;
    private final MutinyEmitter<String> replies;
    private final LiveNotices live;
    private final ConsoleConfig config;

    AgentReplies(Pool db, AgentStore agents, ConversationActions actions, TranscriptStore transcripts,
                 @Channel("agent-replies") MutinyEmitter<String> replies, LiveNotices live, ConsoleConfig config) {
        this.db = db;
        this.agents = agents;
        this.actions = actions;
        this.transcripts = transcripts;
        this.replies = replies;
        this.live = live;
        this.config = config;
    }

    /**
     * Only the owner replies. The transcript line is written with the event's id, in the transaction that publishes
     * it: when the console's own consumer reads the reply back, its insert of that id is a no-op, one line per message.
     */
    public Uni<Sent> reply(String conversationId, String username, String text) {
        String checked = MessageText.checked(text);
        return agent(username).chain(agent -> db.withTransaction(tx ->
                        actions.owned(tx, conversationId, username, false).chain(conversation -> {
                            EventEnvelope<ReplyComposed> event = replyOf(conversation, agent, checked);
                            ReplyComposed reply = event.payload();
                            return transcripts.add(tx, event.eventId(), conversationId,
                                            new TranscriptLine(event.occurredAt(), TranscriptLine.AGENT,
                                                    agent.displayName(), checked, reply.messageId()))
                                    .chain(() -> replies.sendMessage(KafkaRecord.of(conversationId,
                                            EventCodec.encode(event))))
                                    .replaceWith(new Sent(reply.messageId(), event.eventId()));
                        })))
                .invoke(() -> live.publish(LiveNotice.line(conversationId)));
    }

    /** An internal note: only agents read it. The owner writes it, or a supervisor. */
    public Uni<Void> note(String conversationId, String username, String text) {
        String checked = MessageText.checked(text);
        return agent(username).chain(agent -> db.withTransaction(tx ->
                        actions.owned(tx, conversationId, username, agent.isSupervisor())
                                .chain(conversation -> transcripts.addOwn(tx, conversationId, TranscriptLine.NOTE,
                                        agent.displayName(), checked))))
                .invoke(() -> live.publish(LiveNotice.line(conversationId)))
                .replaceWithVoid();
    }

    private EventEnvelope<ReplyComposed> replyOf(Conversation conversation, Agent agent, String text) {
        if (conversation.lastUtteranceId() == null) {
            throw new ApiException(409, "nothing_to_answer", "conversation " + conversation.conversationId()
                    + " has no message of the shopper's to answer");
        }
        String language = conversation.language() == null ? config.defaultLanguage() : conversation.language();
        ReplyComposed reply = new ReplyComposed(conversation.lastUtteranceId(), "agent-" + UUID.randomUUID(),
                language, List.of(new ReplyComposed.Reply(text, List.of())), true, ReplyComposed.AGENT,
                agent.displayName());
        return ConversationEvents.about(conversation, reply);
    }

    private Uni<Agent> agent(String username) {
        return agents.find(username).map(found -> found.orElseThrow(() -> new ApiException(401, "unauthorized",
                "no agent " + username + " any more: sign in again")));
    }
}
