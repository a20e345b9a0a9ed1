package com.shopmate.dialogue.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.kit.privacy.PersonalData;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * Conversation context in Redis, one key per conversation, forgotten after the configured idle time; and which
 * utterances were answered, so a redelivered intent changes nothing twice. The two are written in one transaction:
 * a crash can never leave a turn recorded but unmarked, which would append it again on redelivery.
 */
@ApplicationScoped
public class ConversationContextStore {

    private static final Logger LOG = Logger.getLogger(ConversationContextStore.class);

    private final ReactiveRedisDataSource redis;
    private final ObjectMapper json;
    private final Duration idleTtl;
    private final Duration answeredTtl;
    private final Duration withPeopleTtl;

    public ConversationContextStore(ReactiveRedisDataSource redis, ObjectMapper json,
                                    @ConfigProperty(name = "shopmate.dialogue.context-idle-ttl") Duration idleTtl,
                                    @ConfigProperty(name = "shopmate.dialogue.answered-ttl") Duration answeredTtl,
                                    @ConfigProperty(name = "shopmate.dialogue.handoff-context-ttl")
                                    Duration withPeopleTtl) {
        this.redis = redis;
        this.json = json;
        this.idleTtl = idleTtl;
        this.answeredTtl = answeredTtl;
        this.withPeopleTtl = withPeopleTtl;
    }

    public Uni<ConversationContext> load(String conversationId) {
        return redis.value(String.class).get(contextKey(conversationId)).map(stored -> {
            if (stored == null) {
                return ConversationContext.empty();
            }
            try {
                return json.readValue(stored, ConversationContext.class);
            } catch (JsonProcessingException e) {
                // A context we cannot read (an older shape) must not stop the conversation: start afresh.
                LOG.warnf("context of %s unreadable, starting afresh: %s",
                        PersonalData.conversationForLogs(conversationId), e.getOriginalMessage());
                return ConversationContext.empty();
            }
        });
    }

    /** Forgets what the bot remembers of the conversation: its next message starts afresh. */
    public Uni<Boolean> forget(String conversationId) {
        return redis.key().del(contextKey(conversationId)).map(deleted -> deleted > 0);
    }

    public Uni<Boolean> wasAnswered(String utteranceId) {
        return redis.key().exists(answeredKey(utteranceId));
    }

    /** Saves the context after the utterance's turn, restarting its idle clock, and marks the utterance answered. */
    public Uni<Void> saveTurn(String conversationId, ConversationContext context, String utteranceId) {
        String serialised;
        try {
            serialised = json.writeValueAsString(context);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        // A conversation people own may sit quiet for long (the agent is checking): forgetting it would let the bot
        // answer a shopper who is talking to a person.
        Duration ttl = context.memory().withPeople() ? withPeopleTtl : idleTtl;
        // Both or neither (MULTI/EXEC), in one round trip (a pipelined batch) on every turn.
        return redis.getRedis().batch(List.of(
                        Request.cmd(Command.MULTI),
                        Request.cmd(Command.SET).arg(contextKey(conversationId)).arg(serialised)
                                .arg("EX").arg(ttl.toSeconds()),
                        Request.cmd(Command.SETEX).arg(answeredKey(utteranceId)).arg(answeredTtl.toSeconds()).arg("1"),
                        Request.cmd(Command.EXEC)))
                .replaceWithVoid();
    }

    static String contextKey(String conversationId) {
        return "dialogue:context:" + conversationId;
    }

    private static String answeredKey(String utteranceId) {
        return "dialogue:answered:" + utteranceId;
    }
}
