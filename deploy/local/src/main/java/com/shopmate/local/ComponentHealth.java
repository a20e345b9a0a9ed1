package com.shopmate.local;

import java.util.Optional;

/**
 * One component of a running stack as seen from outside it, by {@code ./shopmate status}.
 *
 * @param name    {@code kafka}, {@code redis}, {@code postgres} or a service module
 * @param pid     the process the {@code pids} file records for it; empty while it is down (or being restarted)
 * @param alive   that process still runs
 * @param ready   a service answers {@code /q/health/ready} with 200; a server takes a connection on its port
 * @param address where it was checked: a service's readiness URL, a server's {@code host:port}
 */
public record ComponentHealth(String name, Optional<Long> pid, boolean alive, boolean ready, String address) {

    /** What a person (and a script's exit code) cares about: it runs and answers. */
    public boolean healthy() {
        return alive && ready;
    }
}
