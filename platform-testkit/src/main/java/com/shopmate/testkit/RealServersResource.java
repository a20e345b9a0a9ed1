package com.shopmate.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's {@link RealServers} instead of Dev Services (which need Docker).
 * <p>
 * Use it as
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
 * class ReplyFlowIT { ... }
 * }</pre>
 * {@code @QuarkusTestResource} rather than {@code @WithTestResource}: in Quarkus 3.33 the javadoc of
 * {@code @WithTestResource} still recommends not using it, and {@code restrictToAnnotatedClass = false} makes the
 * resource global, so every test class of the module shares one application start and one set of servers.
 * <p>
 * The service must also set {@code quarkus.devservices.enabled=false} in its own {@code application.properties}:
 * Quarkus 3.33 builds the test application, and decides on Dev Services there, before any test resource starts, so the
 * value returned here comes too late for that decision (the datasource's Dev Services fail the build without Docker).
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RealServers servers = RealServers.get();
        return Map.of(
                "kafka.bootstrap.servers", servers.kafkaBootstrapServers(),
                "quarkus.redis.hosts", servers.redisUri(),
                "quarkus.datasource.reactive.url", servers.postgresReactiveUrl(),
                // Flyway migrates over JDBC (order-connector, agent-console); the other services have no JDBC datasource to set.
                "quarkus.datasource.jdbc.url", servers.postgresJdbcUrl(),
                "quarkus.datasource.username", servers.postgresUser(),
                "quarkus.datasource.password", servers.postgresPassword(),
                // Dev Services would look for Docker; the servers above are the real ones.
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM (its shutdown hook stops them), so later test classes reuse them.
    }
}
