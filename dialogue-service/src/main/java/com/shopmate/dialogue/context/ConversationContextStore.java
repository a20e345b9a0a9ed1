package com.shopmate.dialogue.context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/** Conversation context in Redis, one key per conversation, forgotten after the configured idle time. */
@ApplicationScoped
public class ConversationContextStore {

    private static final Logger LOG = Logger.getLogger(ConversationContextStore.class);

    private final ReactiveValueCommands<String, String> values;
    private final ObjectMapper json;
    private final Duration idleTtl;

    public ConversationContextStore(ReactiveRedisDataSource redis, ObjectMapper json,
                                    @ConfigProperty(name = "shopmate.dialogue.context-idle-ttl") Duration idleTtl) {
        this.values = redis.value(String.class);
        this.json = json;
        this.idleTtl = idleTtl;
    }

    public Uni<ConversationContext> load(String conversationId) {
        return values.get(key(conversationId)).map(stored -> {
            if (stored == null) {
                return ConversationContext.empty();
            }
            try {
                return json.readValue(stored, ConversationContext.class);
            } catch (JsonProcessingException e) {
                // A context we cannot read (an older shape) must not stop the conversation: start afresh.
                LOG.warnf("context of %s unreadable, starting afresh: %s", conversationId, e.getOriginalMessage());
                return ConversationContext.empty();
            }
        });
    }

    /** Saves the context and restarts its idle clock. */
    public Uni<Void> save(String conversationId, ConversationContext context) {
        try {
            return values.set(key(conversationId), json.writeValueAsString(context), new SetArgs().ex(idleTtl));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    static String key(String conversationId) {
        return "dialogue:context:" + conversationId;
    }
}
