package com.shopmate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A started local stack: where everything listens, and {@link #close()} to stop it all — services in reverse start
 * order, then Kafka, Redis and PostgreSQL. Closing twice, or from a shutdown hook while it starts, is safe.
 */
public final class RunningStack implements AutoCloseable {

    private final StackOptions options;
    private final ComponentPidFile componentPids;
    private final List<ServiceProcess> services = new ArrayList<>();
    private KafkaBroker kafka;
    private RedisServer redis;
    private PostgresServer postgres;
    private boolean ownsDataDir;
    private boolean closed;

    RunningStack(StackOptions options) {
        this.options = options;
        this.componentPids = new ComponentPidFile(options.componentPidFile());
    }

    public StackOptions options() {
        return options;
    }

    /** {@code http://127.0.0.1:<port>} of the gateway; fails if the stack runs without it. */
    public String gatewayUrl() {
        return serviceUrl(PlatformServices.GATEWAY)
                .orElseThrow(() -> new IllegalStateException("this stack runs without " + PlatformServices.GATEWAY));
    }

    /** The gateway's WebSocket for one conversation. */
    public String gatewayWebSocketUrl(String conversationId) {
        return webSocketUrl(gatewayUrl(), conversationId);
    }

    static String webSocketUrl(String gatewayUrl, String conversationId) {
        return gatewayUrl.replaceFirst("^http", "ws") + "/v1/conversations/" + conversationId + "/stream";
    }

    /** {@code http://127.0.0.1:<port>} of a running service, by module name. */
    public synchronized Optional<String> serviceUrl(String module) {
        return services.stream().filter(s -> s.spec().module().equals(module)).findFirst().map(ServiceProcess::baseUrl);
    }

    /** The services that run, in start order (a service whose jar is not built is not among them). */
    public synchronized List<ServiceSpec> services() {
        return services.stream().map(ServiceProcess::spec).toList();
    }

    public String kafkaBootstrapServers() {
        return options.addresses().kafkaBootstrapServers();
    }

    public String redisUri() {
        return options.addresses().redisUri();
    }

    public String postgresJdbcUrl() {
        return options.addresses().postgresJdbcUrl();
    }

    /** The form Quarkus' reactive client takes: {@code postgresql://127.0.0.1:<port>/shopmate}. */
    public String postgresReactiveUrl() {
        return options.addresses().postgresReactiveUrl();
    }

    /** The user to connect as; there is no password (trust authentication). */
    public String postgresUser() {
        return PlatformServices.POSTGRES_USER;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** The log of a component: a service module, {@code kafka}, {@code redis} or {@code postgres}. */
    public Path logFile(String component) {
        return options.logsDir().resolve(component + ".log");
    }

    /** The process of each running component: the service modules, {@code kafka}, {@code redis}, {@code postgres}. */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach(service -> pids.put(service.spec().module(), service.process().pid()));
        if (kafka != null) {
            pids.put(KafkaBroker.COMPONENT, kafka.pid());
        }
        if (redis != null) {
            pids.put(RedisServer.COMPONENT, redis.pid());
        }
        if (postgres != null) {
            postgres.postmaster().ifPresent(postmaster -> pids.put(PostgresServer.COMPONENT, postmaster.pid()));
        }
        return pids;
    }

    /** Takes the data directory for this stack, refused while another stack runs on it. */
    synchronized void claimDataDir() {
        StackPidFile.claim(options.pidFile());
        ownsDataDir = true;
    }

    synchronized void addKafka(KafkaBroker broker) {
        kafka = adopt(broker);
        componentPids.add(broker.recorded());
    }

    synchronized void addRedis(RedisServer server) {
        redis = adopt(server);
        componentPids.add(server.recorded());
    }

    synchronized void addPostgres(PostgresServer server) {
        postgres = adopt(server);
        server.postmaster().ifPresent(componentPids::add);
    }

    synchronized void addService(ServiceProcess service) {
        services.add(adopt(service));
        componentPids.add(service.recorded());
    }

    /** Says so when a component dies on its own while the stack runs, instead of leaving a silent gap. */
    void reportUnexpectedExits() {
        pids().forEach((component, pid) -> ProcessHandle.of(pid).ifPresent(process -> process.onExit().thenRun(() -> {
            if (!isClosed()) {
                System.out.println("WARNING: " + component + " (pid " + pid + ") exited while the stack runs; see "
                        + logFile(component));
            }
        })));
    }

    synchronized KafkaBroker kafka() {
        return kafka;
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** A component that started after the stack was told to stop is stopped at once. */
    private <T extends AutoCloseable> T adopt(T component) {
        if (closed) {
            closeQuietly("a component started during shutdown", component);
            throw new StackException("the stack was stopped while it was starting");
        }
        return component;
    }

    /** Stops everything that runs and returns when it is gone. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ownsDataDir) {
            try {
                Files.deleteIfExists(options.stackEnvFile());
            } catch (IOException ignored) {
                // a stale marker is also caught by the pid check of the next start
            }
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            ServiceProcess service = services.get(i);
            stopQuietly(service.spec().module(), service.spec().module(), service);
        }
        stopQuietly("Kafka", KafkaBroker.COMPONENT, kafka);
        stopQuietly("Redis", RedisServer.COMPONENT, redis);
        stopQuietly("PostgreSQL", PostgresServer.COMPONENT, postgres);
        // A stack refused because another one runs on the directory leaves that one's files alone.
        if (ownsDataDir) {
            StackPidFile.release(options.pidFile());
            if (options.deleteDataDirOnClose()) {
                deleteRecursively(options.dataDir());
            }
        }
    }

    /** Stops a component and forgets its pid; one that did not stop stays recorded, for ./shopmate down. */
    private void stopQuietly(String name, String recordedAs, AutoCloseable component) {
        if (closeQuietly(name, component)) {
            try {
                componentPids.remove(recordedAs);
            } catch (UncheckedIOException e) {
                System.out.println("could not update " + options.componentPidFile() + ": " + e.getMessage());
            }
        }
    }

    private static boolean closeQuietly(String name, AutoCloseable component) {
        if (component == null) {
            return false;
        }
        long started = System.nanoTime();
        try {
            component.close();
            System.out.printf(Locale.ROOT, "stopped %s (%.1f s)%n", name, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (Exception e) {
            System.out.println("could not stop " + name + " cleanly: " + e.getMessage());
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
