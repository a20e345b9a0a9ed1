package com.shopmate.local;

import com.shopmate.servers.Loopback;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether each component of the stack of a data directory runs and answers, read from outside the stack: its
 * {@code stack.env} says what should run and where, its {@code pids} file which process each one is. The components
 * are checked at once, so that one that hangs costs one timeout, not one per component.
 */
public final class StackHealth {

    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(CHECK_TIMEOUT).build();

    private StackHealth() {
    }

    /** Every component the stack of {@code dataDir} runs, servers first, in start order. */
    public static List<ComponentHealth> check(Path dataDir) {
        Map<String, String> env = StackEnvFile.read(dataDir.resolve(StackEnvFile.FILE_NAME));
        Map<String, ComponentProcess> recorded = ComponentPidFile.read(dataDir.resolve(ComponentPidFile.FILE_NAME))
                .stream().collect(Collectors.toMap(ComponentProcess::component, Function.identity(), (a, b) -> b));
        List<Check> checks = new ArrayList<>(List.of(
                server(KafkaComponent.NAME, env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "")),
                server(RedisComponent.NAME, env.getOrDefault("REDIS_URI", "")),
                server(PostgresComponent.NAME, env.getOrDefault("POSTGRES_URL", ""))));
        for (String service : services(env, recorded)) {
            String url = env.getOrDefault(StackEnvFile.envName(service) + "_URL", "");
            checks.add(new Check(service, url + "/q/health/ready", true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(checks.size());
        try {
            List<CompletableFuture<ComponentHealth>> results = checks.stream()
                    .map(check -> CompletableFuture.supplyAsync(() -> check.run(recorded.get(check.name())), pool))
                    .toList();
            return results.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The services of {@code stack.env}; a stack.env written before it listed them: those of the pids file. */
    static List<String> services(Map<String, String> env, Map<String, ComponentProcess> recorded) {
        String listed = env.get(StackEnvFile.SERVICES);
        if (listed != null) {
            return Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return recorded.keySet().stream()
                .filter(name -> !List.of(KafkaComponent.NAME, RedisComponent.NAME, PostgresComponent.NAME).contains(name))
                .toList();
    }

    private static Check server(String name, String address) {
        return new Check(name, hostAndPort(address), false);
    }

    /** {@code 127.0.0.1:19092} from {@code 127.0.0.1:19092}, {@code redis://127.0.0.1:16379}, a JDBC URL. */
    static String hostAndPort(String address) {
        String rest = address.replaceFirst("^[a-z:]*//", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private record Check(String name, String address, boolean http) {

        ComponentHealth run(ComponentProcess process) {
            boolean alive = process != null && process.isRunning();
            boolean ready = alive && (http ? answersReady(address) : takesConnections(address));
            return new ComponentHealth(name, Optional.ofNullable(process).map(ComponentProcess::pid), alive, ready,
                    address);
        }
    }

    static boolean answersReady(String url) {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(url)).timeout(CHECK_TIMEOUT).GET().build();
            return HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean takesConnections(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        try (Socket socket = new Socket()) {
            String host = hostAndPort.substring(0, colon);
            socket.connect(new InetSocketAddress(host.isEmpty() ? Loopback.HOST : host,
                    Integer.parseInt(hostAndPort.substring(colon + 1))), (int) CHECK_TIMEOUT.toMillis());
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** {@code 2 of 10 components are down or not ready: dialogue-service, redis}, or empty when all are healthy. */
    public static Optional<String> problems(List<ComponentHealth> components) {
        List<String> unhealthy = components.stream().filter(c -> !c.healthy()).map(ComponentHealth::name).toList();
        return unhealthy.isEmpty() ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "%d of %d components are down or not ready: %s", unhealthy.size(), components.size(),
                String.join(", ", unhealthy)));
    }
}
