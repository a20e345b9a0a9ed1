package com.shopmate.local;

import com.shopmate.servers.redis.RedisServer;

import java.util.Optional;

/** The stack's Redis: snapshots in the data directory, so conversation state survives a restart. */
final class RedisComponent implements StackComponent {

    static final String NAME = "redis";

    private final StackOptions options;
    private RedisServer server;

    RedisComponent(StackOptions options) {
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

    @Override
    public void launch() {
        server = RedisServer.launch(options.dataDir(), options.logsDir().resolve(NAME + ".log"), options.redisPort(),
                true);
    }

    @Override
    public void awaitReady() {
        server.awaitReady();
    }

    @Override
    public String readyMessage() {
        return "Redis ready on " + server.uri();
    }

    /** Marked by its binary, which lives in the stack's data directory: Redis rewrites the rest of its title. */
    @Override
    public Optional<ComponentProcess> recorded() {
        return Optional.ofNullable(server).map(s -> new ComponentProcess(NAME, s.pid(), s.binary()));
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
