package com.shopmate.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.shopmate.servers.Loopback;
import com.shopmate.servers.kafka.KafkaServer;
import com.shopmate.servers.kafka.KafkaSettings;
import com.shopmate.servers.postgres.PostgresServer;
import com.shopmate.servers.redis.RedisServer;

/**
 * Real Kafka (KRaft), Redis and PostgreSQL for the tests of this JVM, started on first use, on free ports, with their
 * data and logs in one temporary directory, and stopped (the directory deleted) by a shutdown hook. The servers are
 * the ones the local stack runs ({@code platform-servers}), without persistence; Kafka stops by itself if this JVM is
 * killed.
 */
public final class RealServers {

    public static final String DATABASE = "shopmate";
    // Several partitions, so keying by conversationId is what keeps a conversation in order.
    private static final int PARTITIONS = 4;
    // A test broker lives for one test JVM: start it fast (the C1 compiler only, the serial GC) rather
    // than tune it for hours of load.
    private static final List<String> KAFKA_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");
    // PostgreSQL trusts local connections: the empty password is accepted.
    private static final String PG_PASSWORD = "";

    private static final Logger LOG = Logger.getLogger(RealServers.class.getName());
    // The admin client that waits for Kafka logs its config and every refused connection at INFO; only trouble
    // matters in a test log. Strong references: JUL keeps loggers weakly, and a collected logger forgets its level.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("io.zonky"));

    private final Path home;
    private final KafkaServer kafka;
    private final RedisServer redis;
    private final PostgresServer postgres;

    private RealServers(Path home, KafkaServer kafka, RedisServer redis, PostgresServer postgres) {
        this.home = home;
        this.kafka = kafka;
        this.redis = redis;
        this.postgres = postgres;
    }

    /** The servers of this JVM, started by the first caller; every later call returns the same instance. */
    public static RealServers get() {
        return Holder.INSTANCE;
    }

    // The JVM runs the holder's initialiser once, under its class-init lock: lazy and thread-safe without locks here.
    private static final class Holder {
        static final RealServers INSTANCE = startAll();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String redisUri() {
        return redis.uri();
    }

    public String postgresReactiveUrl() {
        return postgres.reactiveUrl();
    }

    public String postgresJdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String postgresUser() {
        return PostgresServer.USER;
    }

    public String postgresPassword() {
        return PG_PASSWORD;
    }

    /** Where the servers write their logs ({@code kafka.log}, {@code redis.log}, {@code postgres.log}). */
    public Path logsDir() {
        return home.resolve("logs");
    }

    private static RealServers startAll() {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        long started = System.nanoTime();
        Path home = createHome();
        Path logs = home.resolve("logs");
        int[] ports = Loopback.freePorts(4);
        // Kafka's JVM and PostgreSQL take seconds each: start all three at once.
        ExecutorService starter = Executors.newFixedThreadPool(3);
        CompletableFuture<Timed<KafkaServer>> kafka = CompletableFuture.supplyAsync(() -> timed(() -> {
            KafkaServer server = KafkaServer.launch(
                    KafkaSettings.of(home, logs, ports[0], ports[1], PARTITIONS)
                            .withJvmArgs(KAFKA_JVM_ARGS).stoppingWhenParentExits());
            try {
                server.awaitReady();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }), starter);
        CompletableFuture<Timed<RedisServer>> redis = CompletableFuture.supplyAsync(() -> timed(() -> {
            RedisServer server = RedisServer.launch(home, logs.resolve("redis.log"), ports[2], false);
            try {
                server.awaitReady();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }), starter);
        CompletableFuture<Timed<PostgresServer>> postgres = CompletableFuture.supplyAsync(() -> timed(
                () -> PostgresServer.start(home.resolve("postgres"), logs.resolve("postgres.log"), ports[3],
                        DATABASE, false)), starter);
        starter.shutdown();
        try {
            CompletableFuture.allOf(kafka, redis, postgres).join();
        } catch (CompletionException e) {
            // Leave nothing running when one of them fails (allOf waited for all three); report the first failure.
            kafka.thenAccept(k -> k.server().close());
            redis.thenAccept(r -> r.server().close());
            postgres.thenAccept(p -> p.server().close());
            deleteQuietly(home);
            throw new IllegalStateException("could not start the test servers", e.getCause());
        }
        RealServers servers = new RealServers(home, kafka.join().server(), redis.join().server(),
                postgres.join().server());
        Runtime.getRuntime().addShutdownHook(new Thread(servers::stopAll, "real-servers-stop"));
        LOG.info(String.format(
                "Real servers up in %d ms: Kafka %s (%d ms), Redis %s (%d ms), PostgreSQL %s (%d ms); logs in %s",
                millisSince(started), servers.kafkaBootstrapServers(), kafka.join().millis(), servers.redisUri(),
                redis.join().millis(), servers.postgresJdbcUrl(), postgres.join().millis(), servers.logsDir()));
        return servers;
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("shopmate-test-servers-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // All three at once: each stop waits for its process, and the JVM is waiting for this hook.
    private void stopAll() {
        List<AutoCloseable> all = List.of(kafka, redis, postgres);
        all.parallelStream().forEach(RealServers::stopQuietly);
        deleteQuietly(home);
    }

    private static void stopQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            // The JVM is going away; a server that fails to stop cleanly must not hide the test result.
            LOG.log(Level.WARNING, "stopping a test server failed", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not delete " + dir, e);
        }
    }

    private record Timed<T>(T server, long millis) {
    }

    private static <T> Timed<T> timed(Supplier<T> start) {
        long started = System.nanoTime();
        T server = start.get();
        return new Timed<>(server, millisSince(started));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
