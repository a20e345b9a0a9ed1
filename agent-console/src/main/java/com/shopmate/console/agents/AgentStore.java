package com.shopmate.console.agents;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The agents table: accounts, their password hashes, availability and chat limits. */
@ApplicationScoped
public class AgentStore {

    private static final String COLUMNS = "username, display_name, roles, available, max_open_chats";

    private final Pool db;

    AgentStore(Pool db) {
        this.db = db;
    }

    /** A password hash and the agent it signs in; empty when no such agent. */
    public record Credentials(Agent agent, String passwordHash) {
    }

    /** True when created, false when the username is taken. */
    public Uni<Boolean> create(NewAgent agent, String passwordHash) {
        return db.preparedQuery("INSERT INTO agent_console.agents"
                        + " (username, display_name, password_hash, roles, max_open_chats) VALUES ($1, $2, $3, $4, $5)"
                        + " ON CONFLICT (username) DO NOTHING")
                .execute(Tuple.of(agent.username(), agent.displayName(), passwordHash,
                        String.join(",", agent.roles()), agent.maxOpenChats()))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Optional<Credentials>> credentials(String username) {
        return db.preparedQuery("SELECT " + COLUMNS + ", password_hash FROM agent_console.agents WHERE username = $1")
                .execute(Tuple.of(username))
                .map(rows -> first(rows).map(row -> new Credentials(agent(row), row.getString("password_hash"))));
    }

    public Uni<Optional<Agent>> find(String username) {
        return find(db, username, false);
    }

    /** Within a transaction: the agent's row, locked until it ends, so two claims by one agent count one another. */
    public Uni<Optional<Agent>> lock(SqlClient transaction, String username) {
        return find(transaction, username, true);
    }

    public Uni<Optional<Agent>> setAvailability(String username, boolean available, int maxOpenChats) {
        return db.preparedQuery("UPDATE agent_console.agents SET available = $2, max_open_chats = $3"
                        + " WHERE username = $1 RETURNING " + COLUMNS)
                .execute(Tuple.of(username, available, maxOpenChats))
                .map(rows -> first(rows).map(AgentStore::agent));
    }

    private static Uni<Optional<Agent>> find(SqlClient client, String username, boolean forUpdate) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM agent_console.agents WHERE username = $1"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .execute(Tuple.of(username))
                .map(rows -> first(rows).map(AgentStore::agent));
    }

    private static Optional<Row> first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
    }

    static Agent agent(Row row) {
        List<String> roles = Arrays.stream(row.getString("roles").split(",")).map(String::strip)
                .filter(role -> !role.isEmpty()).toList();
        return new Agent(row.getString("username"), row.getString("display_name"), roles,
                row.getBoolean("available"), row.getInteger("max_open_chats"));
    }
}
