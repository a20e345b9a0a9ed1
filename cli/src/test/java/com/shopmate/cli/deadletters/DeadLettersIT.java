package com.shopmate.cli.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dead-letters list and replay against a real Kafka, with records as the services' dead-letter queue writes them:
 * the original key, value and headers plus SmallRye's {@code dead-letter-*} headers. Each test has topics of its own.
 */
class DeadLettersIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path repo;

    private final String kafka = RealServers.get().kafkaBootstrapServers();
    private final String deadLetters = "dlq-" + UUID.randomUUID();
    private final String origin = "utterances-" + UUID.randomUUID();
    private Workspace workspace;

    @BeforeEach
    void topics() throws Exception {
        workspace = new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", repo.resolve("data").toString()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(deadLetters, 4, (short) 1), new NewTopic(origin, 4, (short) 1)))
                    .all().get();
        }
    }

    @Test
    void list_showsWhereEachCameFrom_itsKey_andWhy_newestLast() throws Exception {
        deadLetter("c-1", "{not json", "UtteranceReceived: not a UtteranceReceived event");
        deadLetter("c-2", "{\"eventId\":\"e-2\"}", "UtteranceReceived e-2 cannot be handled: Redis unavailable");

        CliRun run = run("list");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("2 dead letters on " + deadLetters), run.out());
        assertTrue(run.out().contains("from " + origin + "  key c-1\n    reason: UtteranceReceived: not a"
                + " UtteranceReceived event\n"), run.out());
        assertTrue(run.out().indexOf("key c-1") < run.out().indexOf("key c-2"), "oldest first: " + run.out());
        assertTrue(run.out().contains("    value:  {\"eventId\":\"e-2\"}\n"), run.out());
    }

    @Test
    void list_withALimit_showsTheNewest_andJsonHasTheWholeRecord() throws Exception {
        deadLetter("c-1", "first", "reason 1");
        deadLetter("c-2", "second", "reason 2");

        CliRun run = run("list", "--limit", "1", "--json");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode letter = new ObjectMapper().readTree(lines.get(0));
        assertEquals("c-2", letter.get("key").asText());
        assertEquals("second", letter.get("value").asText());
        assertEquals(origin, letter.get("topic").asText());
        assertEquals("reason 2", letter.get("headers").get("dead-letter-reason").asText());
    }

    @Test
    void replay_putsTheChosenRecordBackOnItsTopic_withItsKeyAndOriginalHeaders() throws Exception {
        deadLetter("c-1", "{\"eventId\":\"e-1\"}", "reason 1");
        String id = deadLetter("c-2", "{\"eventId\":\"e-2\"}", "reason 2");

        CliRun run = run("replay", "--id", id);

        assertEquals(0, run.exitCode(), run.err());
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertEquals(1, summary.get("replayed").asInt());
        assertEquals(1, summary.get("byTopic").get(origin).asInt());
        try (KafkaTestClient client = new KafkaTestClient(kafka)) {
            List<ConsumerRecord<String, String>> replayed = client.collect(origin, r -> true, Duration.ofSeconds(3));
            assertEquals(1, replayed.size(), "only the chosen one");
            ConsumerRecord<String, String> record = replayed.get(0);
            assertEquals("c-2", record.key());
            assertEquals("{\"eventId\":\"e-2\"}", record.value());
            Map<String, String> headers = KafkaTestClient.headers(record);
            assertEquals("00-trace-c-2-01", headers.get("traceparent"));
            assertFalse(headers.keySet().stream().anyMatch(h -> h.startsWith("dead-letter-")), headers.toString());
        }
    }

    @Test
    void replay_ofAnIdThatIsNotThere_replaysNothing_andSaysSo() throws Exception {
        String id = deadLetter("c-1", "v", "reason");

        CliRun run = run("replay", "--id", id + ",3:99");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no dead letter 3:99 on " + deadLetters), run.err());
        try (KafkaTestClient client = new KafkaTestClient(kafka)) {
            assertTrue(client.collect(origin, r -> true, Duration.ofSeconds(2)).isEmpty());
        }
    }

    @Test
    void replayAll_sendsEveryOne() throws Exception {
        deadLetter("c-1", "v1", "reason");
        deadLetter("c-2", "v2", "reason");

        CliRun run = run("replay", "--all");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, new ObjectMapper().readTree(run.out()).get("replayed").asInt());
        try (KafkaTestClient client = new KafkaTestClient(kafka)) {
            assertEquals(2, client.collect(origin, r -> true, Duration.ofSeconds(3)).size());
        }
    }

    private CliRun run(String command, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "dead-letters";
        all[1] = command;
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--bootstrap-servers";
        all[args.length + 3] = kafka;
        all[args.length + 4] = "--topic";
        all[args.length + 5] = deadLetters;
        return CliRun.of(workspace, all);
    }

    /** Writes a record as SmallRye's dead-letter queue does; returns its id, {@code partition:offset}. */
    private String deadLetter(String key, String value, String reason) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(deadLetters, key, value);
            record.headers().add(header("traceparent", "00-trace-" + key + "-01"));
            record.headers().add(header("dead-letter-reason", reason));
            record.headers().add(header("dead-letter-exception-class-name",
                    "com.shopmate.kit.consuming.HandlingFailedException"));
            record.headers().add(header("dead-letter-topic", origin));
            record.headers().add(header("dead-letter-partition", "0"));
            record.headers().add(header("dead-letter-offset", "7"));
            var sent = producer.send(record).get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            // Dead letters of one test get distinct times, so oldest-first is the order they were written.
            Thread.sleep(5);
            return sent.partition() + ":" + sent.offset();
        }
    }

    private static RecordHeader header(String key, String value) {
        return new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
