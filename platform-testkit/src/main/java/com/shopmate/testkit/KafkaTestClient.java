package com.shopmate.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lets an IT talk to the real broker directly, with String keys and values.
 * <p>
 * Every wait reads the topic from the beginning with a fresh consumer group, so a record that arrived before the wait
 * started is seen too, and its time counts from when that consumer has its partitions. The topic also holds records of
 * earlier tests: match on something unique to the test, such as its conversationId. To prove a redelivery caused no
 * second reply, {@link #collect} the replies and assert there is one.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
    private static final int SHOWN_ON_FAILURE = 5;

    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    /** A client of this JVM's {@link RealServers} broker. */
    public KafkaTestClient() {
        this(RealServers.get().kafkaBootstrapServers());
    }

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    /** Sends one record and returns once the broker has acknowledged it. */
    public RecordMetadata send(String topic, String key, String value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** The first record on the topic that matches, or an AssertionError once the timeout has passed. */
    public ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        ConsumerRecord<String, String> found = poll(topic, timeout, record -> {
            seen.add(record);
            return match.test(record);
        });
        if (found == null) {
            throw new AssertionError("no record on " + topic + " matched within " + timeout + "; saw " + seen.size()
                    + " records" + lastOf(seen));
        }
        return found;
    }

    /** Fails if a matching record is on the topic or arrives before the window ends (a reply that must not come). */
    public void awaitNoRecord(String topic, Predicate<ConsumerRecord<String, String>> match, Duration window) {
        ConsumerRecord<String, String> found = poll(topic, window, match);
        if (found != null) {
            throw new AssertionError("expected no matching record on " + topic + " but got " + describe(found));
        }
    }

    /** Every matching record seen during the window: for asserting how many arrived, e.g. exactly one. */
    public List<ConsumerRecord<String, String>> collect(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration window) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        poll(topic, window, record -> {
            if (match.test(record)) {
                matched.add(record);
            }
            return false;
        });
        return matched;
    }

    /** A record as SmallRye's dead-letter queue writes it: the original key and value, its topic, and why. */
    public record DeadLetter(String key, String value, String fromTopic, String reason) {
    }

    /** Waits, as {@link #awaitRecord}, for the dead letter keyed {@code key} on {@code deadLetterTopic}. */
    public DeadLetter awaitDeadLetter(String deadLetterTopic, String key, Duration timeout) {
        ConsumerRecord<String, String> record = awaitRecord(deadLetterTopic, r -> key.equals(r.key()), timeout);
        Map<String, String> headers = headers(record);
        return new DeadLetter(record.key(), record.value(), headers.get("dead-letter-topic"),
                headers.getOrDefault("dead-letter-reason", ""));
    }

    /** The record's headers as text, the last value winning for a repeated key: how dead-letter reasons are read. */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Override
    public void close() {
        producer.close(SEND_TIMEOUT);
    }

    // Polls from the start of the topic until a record satisfies stop (returned) or the time is up (null).
    // The clock starts once the consumer has its partitions: joining a group takes about a second, and a window
    // spent joining would let awaitNoRecord pass without having read anything.
    private ConsumerRecord<String, String> poll(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> stop) {
        long joinDeadline = System.nanoTime() + JOIN_TIMEOUT.toNanos();
        long deadline = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            consumer.subscribe(List.of(topic));
            while (true) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                if (deadline == Long.MAX_VALUE && !consumer.assignment().isEmpty()) {
                    deadline = System.nanoTime() + timeout.toNanos();
                }
                for (ConsumerRecord<String, String> record : records) {
                    if (stop.test(record)) {
                        return record;
                    }
                }
                long now = System.nanoTime();
                if (now > deadline) {
                    return null;
                }
                if (deadline == Long.MAX_VALUE && now > joinDeadline) {
                    throw new AssertionError(
                            "the test consumer got no partition of " + topic + " within " + JOIN_TIMEOUT);
                }
            }
        }
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // A group of its own, so a test never shares offsets with the service or with another wait.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private static String lastOf(List<ConsumerRecord<String, String>> seen) {
        if (seen.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("; the last ones:");
        seen.subList(Math.max(0, seen.size() - SHOWN_ON_FAILURE), seen.size())
                .forEach(record -> text.append("\n  ").append(describe(record)));
        return text.toString();
    }

    private static String describe(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " key=" + record.key()
                + " value=" + record.value() + " headers=" + headers(record);
    }
}
