package com.shopmate.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

/**
 * Real Kafka (KRaft), Redis and PostgreSQL, started inside the test JVM on first use and stopped by a shutdown hook.
 * No Docker: Kafka runs from its own test kit, Redis and PostgreSQL from binaries shipped in Maven jars.
 */
public final class RealServers {

    public static final String DATABASE = "shopmate";
    private static final String HOST = "127.0.0.1";
    private static final String PG_USER = "postgres";
    // zonky runs initdb with trust authentication: any password is accepted, so the empty default is enough.
    private static final String PG_PASSWORD = "";

    // Strong references: JUL keeps loggers weakly, and a collected logger forgets its level.
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"),
            Logger.getLogger("io.zonky"));

    private final KafkaClusterTestKit kafka;
    private final RedisServer redis;
    private final EmbeddedPostgres postgres;

    private RealServers(KafkaClusterTestKit kafka, RedisServer redis, EmbeddedPostgres postgres) {
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
        return "redis://" + HOST + ":" + redis.ports().get(0);
    }

    public String postgresReactiveUrl() {
        return "postgresql://" + HOST + ":" + postgres.getPort() + "/" + DATABASE;
    }

    public String postgresJdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + postgres.getPort() + "/" + DATABASE;
    }

    public String postgresUser() {
        return PG_USER;
    }

    public String postgresPassword() {
        return PG_PASSWORD;
    }

    private static RealServers startAll() {
        // Kafka logs every config and state change at INFO; only trouble matters in a test log.
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        long started = System.nanoTime();
        // PostgreSQL and Kafka take about 2 s each: start all three at once. Own threads, not the common pool: they
        // inherit the caller's context class loader, which Kafka loads its plugins through (Quarkus tests have two).
        ExecutorService starter = Executors.newFixedThreadPool(3);
        CompletableFuture<Timed<RedisServer>> redis =
                CompletableFuture.supplyAsync(() -> timed(RealServers::startRedis), starter);
        CompletableFuture<Timed<EmbeddedPostgres>> postgres =
                CompletableFuture.supplyAsync(() -> timed(RealServers::startPostgres), starter);
        CompletableFuture<Timed<KafkaClusterTestKit>> kafka =
                CompletableFuture.supplyAsync(() -> timed(RealServers::startKafka), starter);
        starter.shutdown();
        try {
            CompletableFuture.allOf(redis, postgres, kafka).join();
        } catch (CompletionException e) {
            // Leave nothing running when one of them fails (allOf waited for all three); report the first failure.
            redis.thenAccept(r -> stopQuietly(r.server()::stop));
            postgres.thenAccept(p -> stopQuietly(p.server()::close));
            kafka.thenAccept(k -> stopQuietly(k.server()::close));
            throw new IllegalStateException("could not start the test servers", e.getCause());
        }
        RealServers servers = new RealServers(kafka.join().server(), redis.join().server(), postgres.join().server());
        Runtime.getRuntime().addShutdownHook(new Thread(servers::stopAll, "real-servers-stop"));
        Logger.getLogger(RealServers.class.getName()).info(String.format(
                "Real servers up in %d ms: Kafka %s (%d ms), Redis %s (%d ms), PostgreSQL %s (%d ms)",
                millisSince(started), servers.kafkaBootstrapServers(), kafka.join().millis(), servers.redisUri(),
                redis.join().millis(), servers.postgresJdbcUrl(), postgres.join().millis()));
        return servers;
    }

    private static KafkaClusterTestKit startKafka() {
        // A broker that faults while the JVM shuts down (its temp log dirs already going) calls Exit.halt and the
        // test JVM ends with a non-zero code after every test passed: in tests, log it instead of killing the JVM.
        org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) -> Logger.getLogger(
                RealServers.class.getName()).warning("Kafka asked to halt (" + code + "): " + message));
        org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) -> Logger.getLogger(
                RealServers.class.getName()).warning("Kafka asked to exit (" + code + "): " + message));
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    // The test kit defaults to the unreleased next metadata version; test what production runs.
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
            Map.of(
                    // One broker: internal topics cannot have more replicas, or consumers never get their group.
                    "offsets.topic.replication.factor", "1",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0",
                    "auto.create.topics.enable", "true",
                    // Several partitions, so keying by conversationId is what keeps a conversation in order.
                    "num.partitions", "4",
                    // The test kit turns these on; services must not come to rely on unreleased APIs.
                    "unstable.api.versions.enable", "false",
                    "unstable.feature.versions.enable", "false")
                    .forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start Kafka", e);
        }
    }

    private static RedisServer startRedis() {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(freePort())
                    .bind(HOST)
                    // No persistence: a test server must leave no dump.rdb in the working directory.
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Redis", e);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(freePort())
                    // Our own hook stops it, together with the other two.
                    .setRegisterShutdownHook(false)
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            return pg;
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL", e);
        }
    }

    private void stopAll() {
        stopQuietly(kafka::close);
        stopQuietly(redis::stop);
        stopQuietly(postgres::close);
    }

    // Port 0 lets the OS pick a free one; the servers need the number up front.
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private interface Stop {
        void run() throws Exception;
    }

    private static void stopQuietly(Stop stop) {
        try {
            stop.run();
        } catch (Exception e) {
            // The JVM is going away; a server that fails to stop cleanly must not hide the test result.
            Logger.getLogger(RealServers.class.getName()).log(Level.WARNING, "stopping a test server failed", e);
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
