package com.shopmate.local;

import com.shopmate.servers.postgres.PostgresServer;

import java.nio.file.Path;
import java.util.Optional;

/** The stack's PostgreSQL: its data kept in the data directory, the platform's database created on the first start. */
final class PostgresComponent implements StackComponent {

    static final String NAME = "postgres";

    private final StackOptions options;
    private PostgresServer server;

    PostgresComponent(StackOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Stage stage() {
        return Stage.SERVER;
    }

    /** The library returns once PostgreSQL takes connections: this is the slow part, done while Kafka boots. */
    @Override
    public void launch() {
        server = PostgresServer.start(dataDir(options.dataDir()), options.logsDir().resolve(NAME + ".log"),
                options.postgresPort(), PlatformServices.DATABASE, true);
    }

    @Override
    public void awaitReady() {
        // launch() returned once it was ready
    }

    @Override
    public String readyMessage() {
        return "PostgreSQL ready on " + server.jdbcUrl();
    }

    @Override
    public Optional<ComponentProcess> recorded() {
        return server == null ? Optional.empty() : postmaster(options.dataDir());
    }

    /**
     * The postmaster of a stack's data directory, read from its {@code postmaster.pid}: {@code pg_ctl} daemonises
     * it, so it is no child of the stack. Its {@code -D} argument, the data directory, marks it.
     */
    static Optional<ComponentProcess> postmaster(Path stackDataDir) {
        Path dataDir = dataDir(stackDataDir);
        return PostgresServer.postmasterPid(dataDir).map(pid -> new ComponentProcess(NAME, pid, dataDir.toString()));
    }

    private static Path dataDir(Path stackDataDir) {
        return stackDataDir.resolve("postgres");
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
