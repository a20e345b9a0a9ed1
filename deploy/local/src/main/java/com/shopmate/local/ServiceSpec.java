package com.shopmate.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * One platform service as the local stack runs it: its Maven module, the HTTP port it listens on, and environment
 * variables of its own on top of the ones every service gets (Kafka, Redis, PostgreSQL, port).
 */
public record ServiceSpec(String module, int port, Map<String, String> env) {

    public ServiceSpec {
        env = Map.copyOf(env);
    }

    public ServiceSpec(String module, int port) {
        this(module, port, Map.of());
    }

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(module, newPort, env);
    }

    /** This service with one more environment variable of its own. */
    public ServiceSpec withEnv(String name, String value) {
        Map<String, String> next = new java.util.HashMap<>(env);
        next.put(name, value);
        return new ServiceSpec(module, port, next);
    }

    /** Where {@code mvn install} puts the runnable service. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
