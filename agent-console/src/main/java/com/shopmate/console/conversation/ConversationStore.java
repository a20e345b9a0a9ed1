package com.shopmate.console.conversation;

import com.shopmate.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The conversations table: reads, and the writes every change of a conversation's owner or status is made of. */
@ApplicationScoped
public class ConversationStore {

    private static final String SELECT = "SELECT " + ConversationRows.COLUMNS + " FROM agent_console.conversations";

    private final Pool db;
    private final ConversationRows rows;

    ConversationStore(Pool db, ConversationRows rows) {
        this.db = db;
        this.rows = rows;
    }

    public Uni<Optional<Conversation>> find(String conversationId) {
        return find(db, conversationId, false);
    }

    /** Within a transaction: the conversation's row, locked until it ends. */
    public Uni<Optional<Conversation>> lock(SqlClient transaction, String conversationId) {
        return find(transaction, conversationId, true);
    }

    /** Queued conversations, the longest waiting first. */
    public Uni<List<Conversation>> queue() {
        return db.preparedQuery(SELECT + " WHERE status = 'queued' ORDER BY queued_at, conversation_id")
                .execute().map(this::all);
    }

    public Uni<List<Conversation>> ownedBy(String username) {
        return db.preparedQuery(SELECT + " WHERE status = 'claimed' AND owner = $1 ORDER BY claimed_at")
                .execute(Tuple.of(username)).map(this::all);
    }

    public Uni<Long> openChats(String username) {
        return openChats(db, username);
    }

    public Uni<Long> openChats(SqlClient client, String username) {
        return client.preparedQuery("SELECT count(*) AS open FROM agent_console.conversations"
                        + " WHERE status = 'claimed' AND owner = $1")
                .execute(Tuple.of(username)).map(result -> result.iterator().next().getLong("open"));
    }

    /** Queued conversations that have waited longer than {@code timeout}. */
    public Uni<List<String>> waitingLongerThan(Duration timeout) {
        return db.preparedQuery("SELECT conversation_id FROM agent_console.conversations WHERE status = 'queued'"
                        + " AND queued_at < now() - make_interval(secs => $1) ORDER BY queued_at")
                .execute(Tuple.of(timeout.toMillis() / 1000.0))
                .map(result -> {
                    List<String> ids = new ArrayList<>();
                    result.forEach(row -> ids.add(row.getString("conversation_id")));
                    return ids;
                });
    }

    /**
     * The conversation's row as its events say: created the first time the console hears of it (status bot), and
     * the verified identity kept up to date.
     */
    public Uni<Void> remember(SqlClient client, EventEnvelope<?> event) {
        return client.preparedQuery("INSERT INTO agent_console.conversations"
                        + " (conversation_id, shop_id, channel, identity) VALUES ($1, $2, $3, $4::text::jsonb)"
                        + " ON CONFLICT (conversation_id) DO UPDATE SET"
                        + " identity = COALESCE(EXCLUDED.identity, conversations.identity), updated_at = now()")
                .execute(Tuple.of(event.conversationId(), event.shopId(), event.channel().wireName(),
                        rows.write(event.identity())))
                .replaceWithVoid();
    }

    /**
     * A shopper's new message: the last utterance an agent's reply answers, their address on the channel (an SMS
     * number) when the channel gives one, and the locale's language until a reply says which it is.
     */
    public Uni<Void> heard(SqlClient client, String conversationId, String utteranceId, String contact,
                           String languageHint) {
        return client.preparedQuery("UPDATE agent_console.conversations SET last_utterance_id = $2,"
                        + " contact = COALESCE($3, contact), language = COALESCE(language, $4), updated_at = now()"
                        + " WHERE conversation_id = $1")
                .execute(Tuple.of(conversationId, utteranceId, contact, languageHint))
                .replaceWithVoid();
    }

    /** The language the conversation is answered in, as the bot's last reply detected it. */
    public Uni<Void> answeredIn(SqlClient client, String conversationId, String language) {
        return client.preparedQuery("UPDATE agent_console.conversations SET language = $2, updated_at = now()"
                        + " WHERE conversation_id = $1")
                .execute(Tuple.of(conversationId, language))
                .replaceWithVoid();
    }

    /** Sets a status and owner (null for none) where the conversation is in {@code from}; false when it is not. */
    public Uni<Boolean> move(SqlClient client, String conversationId, String from, String to, String owner) {
        return client.preparedQuery("UPDATE agent_console.conversations SET status = $3, owner = $4,"
                        + " claimed_at = CASE WHEN $3 = 'claimed' THEN now() ELSE NULL END, updated_at = now()"
                        + " WHERE conversation_id = $1 AND status = $2")
                .execute(Tuple.of(conversationId, from, to, owner))
                .map(result -> result.rowCount() == 1);
    }

    private Uni<Optional<Conversation>> find(SqlClient client, String conversationId, boolean forUpdate) {
        return client.preparedQuery(SELECT + " WHERE conversation_id = $1" + (forUpdate ? " FOR UPDATE" : ""))
                .execute(Tuple.of(conversationId))
                .map(result -> {
                    var iterator = result.iterator();
                    return iterator.hasNext() ? Optional.of(rows.conversation(iterator.next())) : Optional.empty();
                });
    }

    private List<Conversation> all(RowSet<Row> result) {
        List<Conversation> all = new ArrayList<>();
        result.forEach(row -> all.add(rows.conversation(row)));
        return all;
    }
}
