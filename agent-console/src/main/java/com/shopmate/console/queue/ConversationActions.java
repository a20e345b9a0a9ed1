package com.shopmate.console.queue;

import com.shopmate.console.agents.Agent;
import com.shopmate.console.agents.AgentStore;
import com.shopmate.console.conversation.Conversation;
import com.shopmate.console.conversation.ConversationStore;
import com.shopmate.console.live.LiveNotice;
import com.shopmate.console.live.LiveNotices;
import com.shopmate.console.transcript.TranscriptLine;
import com.shopmate.console.transcript.TranscriptStore;
import com.shopmate.errors.ApiException;
import com.shopmate.events.HandoffEnded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Who owns a conversation: claiming it from the queue, transferring it, handing it back to the bot, and giving it
 * back when nobody claimed it in time. Each is one transaction; an event it publishes is sent before the
 * transaction commits, so a change the broker did not take is rolled back rather than left unannounced.
 */
@ApplicationScoped
public class ConversationActions {

    private static final Logger LOG = Logger.getLogger(ConversationActions.class);

    private final Pool db;
    private final AgentStore agents;
    private final ConversationStore conversations;
    private final TranscriptStore transcripts;
    private final HandoffEndings endings;
    private final LiveNotices live;

    ConversationActions(Pool db, AgentStore agents, ConversationStore conversations, TranscriptStore transcripts,
                        HandoffEndings endings, LiveNotices live) {
        this.db = db;
        this.agents = agents;
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.endings = endings;
        this.live = live;
    }

    /**
     * The agent takes the queued conversation. The UPDATE only moves a conversation that is still queued, so of two
     * agents claiming at once exactly one wins; the other hears 409 {@code already_claimed}.
     */
    public Uni<Void> claim(String conversationId, String username) {
        // An unknown conversation is 404 whatever the agent's state: that is the mistake to report.
        return db.withTransaction(tx -> conversations.find(conversationId)
                .invoke(found -> found.orElseThrow(() -> notFound(conversationId)))
                .chain(() -> mayTakeOneMore(tx, username))
                .chain(agent -> conversations.move(tx, conversationId, Conversation.QUEUED, Conversation.CLAIMED,
                                username)
                        .chain(moved -> moved ? Uni.createFrom().item(agent) : whyNotQueued(conversationId)))
                .chain(agent -> transcripts.addOwn(tx, conversationId, TranscriptLine.SYSTEM, null,
                        "已接入 Claimed by " + agent.displayName())))
                .invoke(() -> {
                    live.publish(LiveNotice.queue(conversationId));
                    live.publish(LiveNotice.line(conversationId));
                })
                .replaceWithVoid();
    }

    /** The owner gives the conversation to another agent, who must be available and under their limit. */
    public Uni<Void> transfer(String conversationId, String from, String to) {
        return db.withTransaction(tx -> owned(tx, conversationId, from, false)
                .chain(conversation -> agents.lock(tx, to))
                .chain(target -> {
                    Agent agent = target.orElseThrow(() -> new ApiException(409, "unknown_agent",
                            "no agent named " + to));
                    return conversations.openChats(tx, to).invoke(open -> ClaimRule.check(agent, open))
                            .chain(() -> conversations.move(tx, conversationId, Conversation.CLAIMED,
                                    Conversation.CLAIMED, to))
                            .chain(() -> agents.find(from))
                            .chain(giver -> transcripts.addOwn(tx, conversationId, TranscriptLine.SYSTEM, null,
                                    "已转接 Transferred from " + giver.map(Agent::displayName).orElse(from) + " to "
                                            + agent.displayName()));
                }))
                .invoke(() -> live.publish(LiveNotice.conversation(conversationId)))
                .replaceWithVoid();
    }

    /** The owner (or a supervisor) gives the conversation back to the bot: dialogue answers the next message. */
    public Uni<Void> handBack(String conversationId, String username, boolean supervisor) {
        return db.withTransaction(tx -> owned(tx, conversationId, username, supervisor)
                .chain(conversation -> conversations.move(tx, conversationId, Conversation.CLAIMED,
                                Conversation.BOT, null)
                        .chain(() -> agents.find(username))
                        .chain(agent -> {
                            String name = agent.map(Agent::displayName).orElse(username);
                            return transcripts.addOwn(tx, conversationId, TranscriptLine.SYSTEM, null,
                                            "已交还机器人 Handed back to the bot by " + name)
                                    .chain(() -> endings.publish(conversation, HandoffEnded.HANDED_BACK, name));
                        })))
                .invoke(() -> live.publish(LiveNotice.conversation(conversationId)))
                .replaceWithVoid();
    }

    /**
     * Nobody claimed it within the wait: back to the bot, which tells the shopper no agent was free. Answers false
     * when it was claimed (or handled by another replica) in the meantime.
     */
    public Uni<Boolean> giveBackUnclaimed(String conversationId) {
        return db.withTransaction(tx -> conversations.lock(tx, conversationId).chain(found -> {
                    if (found.isEmpty() || !Conversation.QUEUED.equals(found.get().status())) {
                        return Uni.createFrom().item(false);
                    }
                    return conversations.move(tx, conversationId, Conversation.QUEUED, Conversation.BOT, null)
                            .chain(() -> transcripts.addOwn(tx, conversationId, TranscriptLine.SYSTEM, null,
                                    "无人接入，已交还机器人 Nobody claimed it in time: back to the bot"))
                            .chain(() -> endings.publish(found.get(), HandoffEnded.UNCLAIMED, null))
                            .replaceWith(true);
                }))
                .invoke(given -> {
                    if (given) {
                        LOG.infof("conversation %s was not claimed in time: handed back to the bot", conversationId);
                        live.publish(LiveNotice.queue(conversationId));
                    }
                });
    }

    /**
     * The conversation, locked, when {@code username} owns it (or may act as a supervisor): 404 when unknown, 409 when
     * nobody owns it, 403 when someone else does.
     */
    public Uni<Conversation> owned(SqlClient tx, String conversationId, String username, boolean supervisor) {
        return conversations.lock(tx, conversationId).map(found -> {
            Conversation conversation = found.orElseThrow(() -> notFound(conversationId));
            if (!Conversation.CLAIMED.equals(conversation.status())) {
                throw new ApiException(409, "not_claimed", "conversation " + conversationId + " is "
                        + conversation.status() + ", not claimed by an agent");
            }
            if (!username.equals(conversation.owner()) && !supervisor) {
                throw new ApiException(403, "not_owner", "conversation " + conversationId + " belongs to "
                        + conversation.owner());
            }
            return conversation;
        });
    }

    public static ApiException notFound(String conversationId) {
        return new ApiException(404, "conversation_not_found", "no conversation " + conversationId);
    }

    private Uni<Agent> mayTakeOneMore(SqlClient tx, String username) {
        return agents.lock(tx, username).chain(found -> {
            Agent agent = found.orElseThrow(() -> new ApiException(401, "unauthorized", "no agent " + username));
            return conversations.openChats(tx, username).map(open -> {
                ClaimRule.check(agent, open);
                return agent;
            });
        });
    }

    private Uni<Agent> whyNotQueued(String conversationId) {
        return conversations.find(conversationId).map(found -> {
            Conversation conversation = found.orElseThrow(() -> notFound(conversationId));
            if (Conversation.CLAIMED.equals(conversation.status())) {
                throw new ApiException(409, "already_claimed", "conversation " + conversationId
                        + " was claimed by " + conversation.owner());
            }
            throw new ApiException(409, "not_queued", "conversation " + conversationId + " is "
                    + conversation.status() + ", not waiting in the queue");
        });
    }
}
