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

import com.shopmate.servers.postgres.PostgresServer;

/**
 * A started local stack: where everything listens, and {@link #close()} to stop it all, in reverse start order —
 * services, then PostgreSQL, Redis and Kafka. Closing twice, or from a shutdown hook while it starts, is safe.
 */
public final class RunningStack implements AutoCloseable {

    private final StackOptions options;
    private final ComponentPidFile componentPids;
    private final List<StackComponent> components = new ArrayList<>();
    private final List<Thread> restarters = new ArrayList<>();
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
        return serviceComponents().stream().filter(s -> s.spec().module().equals(module)).findFirst()
                .map(ServiceComponent::baseUrl);
    }

    private List<ServiceComponent> serviceComponents() {
        return components.stream().filter(ServiceComponent.class::isInstance).map(ServiceComponent.class::cast)
                .toList();
    }

    /** The services that run, in start order (a service whose jar is not built is not among them). */
    public synchronized List<ServiceSpec> services() {
        return serviceComponents().stream().map(ServiceComponent::spec).toList();
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
        return PostgresServer.USER;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    /** The log of a component: a service module, {@code kafka}, {@code redis} or {@code postgres}. */
    public Path logFile(String component) {
        return options.logsDir().resolve(component + ".log");
    }

    /** The process of each running component, in start order: {@code kafka}, {@code redis}, {@code postgres}, the services. */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        components.forEach(component -> component.recorded().ifPresent(p -> pids.put(component.name(), p.pid())));
        return pids;
    }

    /** Takes the data directory for this stack, refused while another stack runs on it. */
    synchronized void claimDataDir() {
        StackPidFile.claim(options.pidFile());
        ownsDataDir = true;
    }

    /** Takes a component whose process was just launched: recorded at once, stopped with the stack. */
    synchronized void add(StackComponent component) {
        components.add(adopt(component));
        component.recorded().ifPresent(componentPids::add);
    }

    /**
     * From now on a component that dies on its own is started again (with {@link RestartBackoff}), instead of
     * leaving a silent gap: one daemon thread per component, stopped by {@link #close()}.
     */
    synchronized void restartComponentsThatDie() {
        for (StackComponent component : components) {
            Thread restarter = new Thread(new ComponentRestarter(this, component, RestartBackoff.defaults()),
                    "restart-" + component.name());
            restarter.setDaemon(true);
            restarters.add(restarter);
            restarter.start();
        }
    }

    /** Forgets a component whose process died: the {@code pids} file lists only what runs. */
    synchronized void forget(StackComponent component) {
        removePid(component.name());
    }

    /**
     * Launches a component that died again, on its ports and data, and records its new process; false, and nothing
     * launched, once the stack is stopping. Under the stack's lock, so {@link #close()} stops what this launched.
     */
    synchronized boolean relaunch(StackComponent component) {
        if (closed) {
            return false;
        }
        try {
            // What is left of the dead run goes first: PostgreSQL's library still holds its data directory's lock.
            component.close();
        } catch (RuntimeException e) {
            // a dead run has nothing more to stop
        }
        component.launch();
        component.recorded().ifPresent(componentPids::add);
        return true;
    }

    /** Stops a component that was relaunched but did not get ready, so that it is restarted again. */
    synchronized void stopForRestart(StackComponent component) {
        if (!closed) {
            stopQuietly(component);
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** A component that started after the stack was told to stop is stopped at once. */
    private StackComponent adopt(StackComponent component) {
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
        restarters.forEach(Thread::interrupt);
        if (ownsDataDir) {
            try {
                Files.deleteIfExists(options.stackEnvFile());
            } catch (IOException ignored) {
                // a stale marker is also caught by the pid check of the next start
            }
        }
        for (int i = components.size() - 1; i >= 0; i--) {
            stopQuietly(components.get(i));
        }
        // A stack refused because another one runs on the directory leaves that one's files alone.
        if (ownsDataDir) {
            StackPidFile.release(options.pidFile());
            if (options.deleteDataDirOnClose()) {
                deleteRecursively(options.dataDir());
            }
        }
    }

    /** Stops a component and forgets its pid; one that did not stop stays recorded, for ./shopmate down. */
    private void stopQuietly(StackComponent component) {
        if (closeQuietly(component.name(), component)) {
            removePid(component.name());
        }
    }

    private void removePid(String component) {
        try {
            componentPids.remove(component);
        } catch (UncheckedIOException e) {
            System.out.println("could not update " + options.componentPidFile() + ": " + e.getMessage());
        }
    }

    private static boolean closeQuietly(String name, AutoCloseable component) {
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
