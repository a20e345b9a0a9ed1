package com.shopmate.console.transcript;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The transcript_lines table: every line once, keyed by the event it came from. */
@ApplicationScoped
public class TranscriptStore {

    private final Pool db;

    TranscriptStore(Pool db) {
        this.db = db;
    }

    /**
     * Adds the line unless a line of {@code eventId} exists: true when added. Events are redelivered; the unique
     * event_id makes the second delivery a no-op rather than a second line.
     */
    public Uni<Boolean> add(SqlClient client, String eventId, String conversationId, TranscriptLine line) {
        return client.preparedQuery("INSERT INTO agent_console.transcript_lines"
                        + " (event_id, conversation_id, at, author, agent_name, text, message_id)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING")
                .execute(Tuple.from(new Object[] {eventId, conversationId, OffsetDateTime.ofInstant(line.at(),
                        ZoneOffset.UTC), line.author(), line.agentName(), line.text(), line.messageId()}))
                .map(result -> result.rowCount() == 1);
    }

    /** A line the console itself writes (a note, a claim, a transfer): an id of its own. */
    public Uni<Boolean> addOwn(SqlClient client, String conversationId, String author, String agentName,
                               String text) {
        return add(client, "console-" + UUID.randomUUID(), conversationId,
                new TranscriptLine(Instant.now(), author, agentName, text, null));
    }

    public Uni<List<TranscriptLine>> lines(String conversationId) {
        return db.preparedQuery("SELECT at, author, agent_name, text, message_id FROM agent_console.transcript_lines"
                        + " WHERE conversation_id = $1 ORDER BY at, id")
                .execute(Tuple.of(conversationId))
                .map(result -> {
                    List<TranscriptLine> lines = new ArrayList<>();
                    result.forEach(row -> lines.add(new TranscriptLine(row.getOffsetDateTime("at").toInstant(),
                            row.getString("author"), row.getString("agent_name"), row.getString("text"),
                            row.getString("message_id"))));
                    return lines;
                });
    }
}
