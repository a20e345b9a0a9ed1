package com.shopmate.console.queue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tickets table (rows are filed by {@link HandoffIntake}). */
@ApplicationScoped
public class TicketStore {

    private static final String SELECT = "SELECT id, conversation_id, contact, customer_id, reason, summary, language,"
            + " status, created_at FROM agent_console.tickets";

    private final Pool db;

    TicketStore(Pool db) {
        this.db = db;
    }

    /** Open tickets, the oldest first. */
    public Uni<List<Ticket>> open() {
        return db.preparedQuery(SELECT + " WHERE status = 'open' ORDER BY created_at, id").execute()
                .map(rows -> {
                    List<Ticket> tickets = new ArrayList<>();
                    rows.forEach(row -> tickets.add(ticket(row)));
                    return tickets;
                });
    }

    /** Marks the ticket done (again is fine); empty when there is no such ticket. */
    public Uni<Optional<Ticket>> done(SqlClient tx, long id, String username) {
        return tx.preparedQuery("UPDATE agent_console.tickets SET status = 'done',"
                        + " done_by = COALESCE(done_by, $2), done_at = COALESCE(done_at, now()) WHERE id = $1"
                        + " RETURNING id, conversation_id, contact, customer_id, reason, summary, language, status,"
                        + " created_at")
                .execute(Tuple.of(id, username))
                .map(rows -> {
                    var iterator = rows.iterator();
                    return iterator.hasNext() ? Optional.of(ticket(iterator.next())) : Optional.empty();
                });
    }

    private static Ticket ticket(Row row) {
        return new Ticket(row.getLong("id"), row.getString("conversation_id"), row.getString("contact"),
                row.getString("customer_id"), row.getString("reason"), row.getString("summary"),
                row.getString("language"), row.getString("status"), row.getOffsetDateTime("created_at").toInstant());
    }
}
