package com.shopmate.console.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.HandoffRequested.EmotionReading;
import com.shopmate.events.ShopperIdentity;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

/** Conversations' rows to records and their JSON columns (identity, emotions, orders) to values and back. */
@ApplicationScoped
public class ConversationRows {

    public static final String COLUMNS = "conversation_id, shop_id, channel, identity::text AS identity, customer_id,"
            + " contact, language, status, reason, summary, risk, emotions::text AS emotions, orders::text AS orders,"
            + " owner, queued_at, claimed_at, last_utterance_id";

    private final ObjectMapper json;

    ConversationRows(ObjectMapper json) {
        this.json = json;
    }

    public Conversation conversation(Row row) {
        return new Conversation(row.getString("conversation_id"), row.getString("shop_id"),
                row.getString("channel"), read(row.getString("identity"), new TypeReference<ShopperIdentity>() { }),
                row.getString("customer_id"), row.getString("contact"), row.getString("language"),
                row.getString("status"), row.getString("reason"), row.getString("summary"), row.getDouble("risk"),
                read(row.getString("emotions"), new TypeReference<List<EmotionReading>>() { }),
                read(row.getString("orders"), new TypeReference<List<String>>() { }), row.getString("owner"),
                instant(row, "queued_at"), instant(row, "claimed_at"), row.getString("last_utterance_id"));
    }

    /**
     * The value as JSON text for a jsonb parameter, written {@code $n::text::jsonb}: the client sends a Java String
     * to a jsonb parameter as a JSON string, not as the document it holds. Null stays null.
     */
    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }

    private static java.time.Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
