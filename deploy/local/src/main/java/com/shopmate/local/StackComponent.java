package com.shopmate.local;

import java.util.Optional;

/**
 * One process of the stack: a server (Kafka, Redis, PostgreSQL) or a service. {@link LocalStack} launches the
 * components of a {@link Stage} in list order, waits until each is ready, then goes on to the next stage; it stops
 * them in reverse list order.
 */
interface StackComponent extends AutoCloseable {

    /** Servers first, all at once; the services need them, not each other. */
    enum Stage { SERVER, SERVICE }

    /** One word, as the {@code pids} file and the log file ({@code <name>.log}) name it. */
    String name();

    Stage stage();

    /** Starts the process without waiting for it, so that the stack records it before anything can go wrong. */
    void launch();

    /** Blocks until it is ready; fails with the end of its log if it exits or takes too long. */
    void awaitReady();

    /** What the stack says once it is ready: where it listens. */
    String readyMessage();

    /** Its process as the {@code pids} file records it; empty before {@link #launch()}. */
    Optional<ComponentProcess> recorded();

    /** Whether its process still runs; a zombie, or a pid taken by another process, does not. */
    default boolean isRunning() {
        return recorded().map(ComponentProcess::isRunning).orElse(false);
    }

    /** Stops the process and returns once it is gone; after a crash, it lets go of what the dead run held. */
    @Override
    void close();
}
