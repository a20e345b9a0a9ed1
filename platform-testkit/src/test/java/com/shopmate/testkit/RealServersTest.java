package com.shopmate.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.bootstrap.logging.InitialConfigurator;

class RealServersTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @BeforeAll
    static void printLogRecords() {
        // Quarkus's InitialConfigurator queues every log record until a Quarkus app sets up logging; none runs here.
        InitialConfigurator.DELAYED_HANDLER.setHandlers(new Handler[] {InitialConfigurator.createDefaultHandler()});
    }

    private final RealServers servers = RealServers.get();

    @Test
    void aRecordSentToKafkaComesBackFromAConsumer() {
        String topic = "testkit.roundtrip." + UUID.randomUUID();
        String conversationId = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, conversationId, "你好, where is my order?");

            ConsumerRecord<String, String> record = kafka.awaitRecord(topic, r -> conversationId.equals(r.key()), WAIT);

            assertEquals("你好, where is my order?", record.value());
        }
    }

    @Test
    void topicsAreCreatedWithFourPartitions_soKeyOrderingIsReallyExercised() {
        String topic = "testkit.partitions." + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, "k", "v");
            try (KafkaProducer<String, String> producer = rawProducer()) {
                assertEquals(4, producer.partitionsFor(topic).size());
            }
        }
    }

    @Test
    void awaitRecordFails_sayingHowManyRecordsItSaw() {
        String topic = "testkit.nomatch." + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, "a", "one");
            kafka.send(topic, "b", "two");

            AssertionError error = assertThrows(AssertionError.class,
                    () -> kafka.awaitRecord(topic, r -> "c".equals(r.key()), Duration.ofSeconds(1)));

            assertTrue(error.getMessage().contains("saw 2 records"), error.getMessage());
        }
    }

    @Test
    void awaitNoRecordPasses_whenNothingMatches_andFails_whenSomethingDoes() {
        String topic = "testkit.nothing." + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, "conv-1", "reply");

            kafka.awaitNoRecord(topic, r -> "conv-2".equals(r.key()), Duration.ofSeconds(1));
            assertThrows(AssertionError.class,
                    () -> kafka.awaitNoRecord(topic, r -> "conv-1".equals(r.key()), Duration.ofSeconds(5)));
        }
    }

    @Test
    void collectReturnsEveryMatch_soATestCanAssertThereIsNoDuplicate() {
        String topic = "testkit.collect." + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send(topic, "conv-1", "reply");
            kafka.send(topic, "conv-2", "other reply");
            kafka.send(topic, "conv-1", "redelivered reply");

            assertEquals(List.of("reply", "redelivered reply"),
                    kafka.collect(topic, r -> "conv-1".equals(r.key()), Duration.ofSeconds(1)).stream()
                            .map(ConsumerRecord::value).toList());
        }
    }

    @Test
    void deadLetterHeadersCanBeReadAsText() {
        String topic = "testkit.dlq." + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = rawProducer(); KafkaTestClient kafka = new KafkaTestClient()) {
            producer.send(new ProducerRecord<>(topic, null, "conv-1", "{not json", List.of(
                    new RecordHeader("dead-letter-reason", "invalid JSON".getBytes(StandardCharsets.UTF_8)))));
            producer.flush();

            ConsumerRecord<String, String> record = kafka.awaitRecord(topic, r -> true, WAIT);

            assertEquals("invalid JSON", KafkaTestClient.headers(record).get("dead-letter-reason"));
        }
    }

    @Test
    void aKeySetInRedisCanBeReadBack() throws IOException {
        URI uri = URI.create(servers.redisUri());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));

            assertEquals("+PONG", command(out, in, "PING"));
            assertEquals("+OK", command(out, in, "SET", "testkit:greeting", "hello"));
            assertEquals("$5", command(out, in, "GET", "testkit:greeting"));
            assertEquals("hello", in.readLine());
        }
    }

    @Test
    void selectOneWorksOverJdbcAgainstTheShopmateDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                servers.postgresJdbcUrl(), servers.postgresUser(), servers.postgresPassword());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1, current_database()")) {
            assertTrue(result.next());
            assertEquals(1, result.getInt(1));
            assertEquals("shopmate", result.getString(2));
        }
    }

    @Test
    void serversStartOncePerJvm_soEveryCallerGetsTheSameAddresses() {
        RealServers again = RealServers.get();

        assertSame(servers, again);
        assertEquals(servers.kafkaBootstrapServers(), again.kafkaBootstrapServers());
        assertEquals(servers.redisUri(), again.redisUri());
        assertEquals(servers.postgresReactiveUrl(), again.postgresReactiveUrl());
    }

    @Test
    void theResourceHandsQuarkusTheAddressesAndTurnsDevServicesOff() {
        Map<String, String> config = new RealServersResource().start();

        assertEquals(servers.kafkaBootstrapServers(), config.get("kafka.bootstrap.servers"));
        assertEquals(servers.redisUri(), config.get("quarkus.redis.hosts"));
        assertEquals(servers.postgresReactiveUrl(), config.get("quarkus.datasource.reactive.url"));
        assertEquals("postgres", config.get("quarkus.datasource.username"));
        assertEquals("", config.get("quarkus.datasource.password"));
        assertEquals("false", config.get("quarkus.devservices.enabled"));
    }

    // KafkaTestClient sends no headers: a dead letter comes from the service, here from a plain producer.
    private KafkaProducer<String, String> rawProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    // RESP: a command is an array of bulk strings; the first reply line is enough for these commands.
    private static String command(OutputStream out, BufferedReader in, String... args) throws IOException {
        StringBuilder resp = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            resp.append('$').append(bytes.length).append("\r\n").append(arg).append("\r\n");
        }
        out.write(resp.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return in.readLine();
    }
}
