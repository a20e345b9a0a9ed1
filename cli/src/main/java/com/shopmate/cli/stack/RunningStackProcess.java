package com.shopmate.cli.stack;

import com.shopmate.local.StackPidFile;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The stack's supervising process of a data directory, from its {@code stack.pid}: only while that pid is alive and
 * still runs the local stack (pids are reused). {@link ProcessHandle} tells, so it works where there is no
 * {@code /proc} (macOS) too.
 */
record RunningStackProcess(ProcessHandle handle) {

    static Optional<RunningStackProcess> of(Path dataDir) {
        return StackPidFile.liveOwner(dataDir.resolve(StackPidFile.FILE_NAME)).map(RunningStackProcess::new);
    }

    long pid() {
        return handle.pid();
    }

    /**
     * Whether it still runs. A process that has exited but is not yet reaped by its parent (a zombie) counts as
     * gone: its command can no longer be read.
     */
    boolean isRunning() {
        return handle.isAlive() && handle.info().command().isPresent();
    }

    /** SIGTERM: the stack stops its services, then Kafka, Redis and PostgreSQL. */
    void askToStop() {
        handle.destroy();
    }

    void kill() {
        handle.destroyForcibly();
    }
}
