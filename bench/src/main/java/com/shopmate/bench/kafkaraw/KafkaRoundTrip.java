package com.shopmate.bench.kafkaraw;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopDriver;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;
import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The platform's three produce → consume hops with no processing: a producer sends to {@code bench.hop1}, two
 * forwarders pass each record on unchanged to {@code bench.hop2} and {@code bench.hop3}, and a consumer of
 * {@code bench.hop3} records the latency. It is what gateway → nlu → dialogue → gateway costs in Kafka alone.
 */
public final class KafkaRoundTrip {

    public static final List<String> HOPS = List.of("bench.hop1", "bench.hop2", "bench.hop3");
    /** Partitions when the platform's utterances topic does not exist yet. */
    static final int DEFAULT_PARTITIONS = 4;

    private static final String SEQ_HEADER = "bench-seq";
    private static final String SENT_HEADER = "bench-intended-nanos";
    private static final String SHOP_ID = "bench";
    // A backstop: the admin client gives up by itself after KafkaSettings.ADMIN_TIMEOUT_MS.
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    // A new group waits group.initial.rebalance.delay.ms (3 s by default) before its first assignment.
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final long DRAIN_POLL_MS = 50;

    private final String bootstrap;
    private final BenchTraffic traffic;
    private final PrintStream progress;

    public KafkaRoundTrip(String bootstrap, BenchTraffic traffic, PrintStream progress) {
        this.bootstrap = bootstrap;
        this.traffic = traffic;
        this.progress = progress;
    }

    /** What the report prints about the raw producer's settings. */
    public static String settings() {
        return KafkaSettings.DESCRIPTION;
    }

    /** Fails with a clear message unless a Kafka cluster answers at the bootstrap address. */
    public static void checkReachable(String bootstrap) {
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            admin.describeCluster().nodes().get(KafkaSettings.ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new BenchFailure("Kafka not reachable at " + bootstrap + " within "
                    + KafkaSettings.ADMIN_TIMEOUT_MS / 1_000
                    + " s: is the stack running? Pass --kafka HOST:PORT or --stack-env FILE to point the bench at it.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while checking Kafka", e);
        }
    }

    /**
     * Creates the bench topics if missing, with as many partitions as the platform's utterances topic.
     *
     * @return the partition count used
     */
    public int prepareTopics() throws InterruptedException {
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            int partitions = platformPartitions(admin);
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = HOPS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.of(partitions), Optional.empty())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            Map<String, TopicDescription> hops = admin.describeTopics(HOPS).allTopicNames()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            hops.forEach((name, description) -> {
                if (description.partitions().size() != partitions) {
                    progress.printf("bench: %s has %d partitions, %s has %d: delete it to have it recreated%n",
                            name, description.partitions().size(), Topics.UTTERANCES, partitions);
                }
            });
            return partitions;
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchFailure("could not create the bench topics " + HOPS + " on " + bootstrap + ": " + e, e);
        }
    }

    private int platformPartitions(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return admin.describeTopics(List.of(Topics.UTTERANCES)).allTopicNames()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(Topics.UTTERANCES).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                progress.printf("bench: %s does not exist on %s; using %d partitions%n",
                        Topics.UTTERANCES, bootstrap, DEFAULT_PARTITIONS);
                return DEFAULT_PARTITIONS;
            }
            throw e;
        }
    }

    public LatencySummary run(OpenLoopSchedule schedule, int partitions) throws InterruptedException {
        var recorder = new LatencyRecorder();
        var producers = new ArrayList<KafkaProducer<String, String>>();
        var consumers = new ArrayList<HopConsumer>();
        var threads = new ArrayList<Thread>();
        try {
            for (int hop = 0; hop < HOPS.size() - 1; hop++) {
                var forwarding = new KafkaProducer<String, String>(
                        KafkaSettings.producer(bootstrap, traffic.groupId("forwarder" + (hop + 1))));
                producers.add(forwarding);
                String next = HOPS.get(hop + 1);
                forwarding.partitionsFor(next);
                consumers.add(new HopConsumer(HOPS.get(hop), partitions,
                        KafkaSettings.consumer(bootstrap, traffic.groupId("forwarder" + (hop + 1))),
                        record -> forward(forwarding, next, record, schedule, recorder)));
            }
            var seen = new BitSet();
            consumers.add(new HopConsumer(HOPS.get(HOPS.size() - 1), partitions,
                    KafkaSettings.consumer(bootstrap, traffic.groupId("replies")),
                    record -> arrived(record, seen, schedule, recorder)));
            for (HopConsumer consumer : consumers) {
                Thread thread = new Thread(consumer, "bench-consumer-" + consumer.topic());
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            awaitAssignments(consumers);

            var source = new KafkaProducer<String, String>(KafkaSettings.producer(bootstrap, traffic.groupId("source")));
            producers.add(source);
            // Fetch the metadata now, or the first send waits for it and a run without warm-up counts that.
            source.partitionsFor(HOPS.get(0));
            new OpenLoopDriver().run(schedule, (index, intendedNanos) -> {
                if (!schedule.isWarmup(index)) {
                    recorder.sent(intendedNanos);
                }
                source.send(firstHop(index, intendedNanos), (metadata, failure) -> {
                    if (failure != null && !schedule.isWarmup(index)) {
                        recorder.failed("produce_" + failure.getClass().getSimpleName(), System.nanoTime());
                    }
                });
            });
            long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            while (!recorder.settled() && System.nanoTime() < drainDeadline) {
                Thread.sleep(DRAIN_POLL_MS);
            }
            return recorder.summary();
        } finally {
            consumers.forEach(HopConsumer::stop);
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            }
            producers.forEach(producer -> producer.close(Duration.ofSeconds(5)));
            deleteGroups();
        }
    }

    private ProducerRecord<String, String> firstHop(long index, long intendedNanos) {
        String conversationId = traffic.conversationId(index);
        // A real UtteranceReceived envelope, so records are the size the platform's are.
        String value = EventCodec.encode(EventEnvelope.of(
                new UtteranceReceived(traffic.messageId(index), traffic.text(index), null, null),
                conversationId, SHOP_ID, Channel.APP, null));
        var headers = new RecordHeaders()
                .add(SEQ_HEADER, longBytes(index))
                .add(SENT_HEADER, longBytes(intendedNanos));
        return new ProducerRecord<>(HOPS.get(0), null, System.currentTimeMillis(), conversationId, value, headers);
    }

    private static void forward(KafkaProducer<String, String> producer, String topic,
                                ConsumerRecord<String, String> record, OpenLoopSchedule schedule,
                                LatencyRecorder recorder) {
        producer.send(new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value(),
                record.headers()), (metadata, failure) -> {
            Long index = longHeader(record, SEQ_HEADER);
            if (failure != null && index != null && !schedule.isWarmup(index)) {
                recorder.failed("forward_" + failure.getClass().getSimpleName(), System.nanoTime());
            }
        });
    }

    // Called on the last hop's consumer thread only, so the BitSet needs no lock.
    private static void arrived(ConsumerRecord<String, String> record, BitSet seen, OpenLoopSchedule schedule,
                                LatencyRecorder recorder) {
        long done = System.nanoTime();
        Long index = longHeader(record, SEQ_HEADER);
        if (index == null) {
            return;
        }
        // acks=1 without idempotence may deliver a retried record twice: count each message once.
        if (seen.get(index.intValue())) {
            return;
        }
        seen.set(index.intValue());
        if (!schedule.isWarmup(index)) {
            recorder.received(longHeader(record, SENT_HEADER), done);
        }
    }

    private static void awaitAssignments(List<HopConsumer> consumers) throws InterruptedException {
        var all = CompletableFuture.allOf(consumers.stream().map(HopConsumer::ready).toArray(CompletableFuture[]::new));
        try {
            all.get(ASSIGNMENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BenchFailure("a bench consumer failed before the run: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new BenchFailure("the bench consumers got no partitions of " + HOPS + " within "
                    + ASSIGNMENT_TIMEOUT.toSeconds() + " s: does the broker's group coordinator work"
                    + " (offsets.topic.replication.factor must not exceed the number of brokers)?", e);
        }
    }

    private void deleteGroups() {
        List<String> groups = List.of(traffic.groupId("forwarder1"), traffic.groupId("forwarder2"),
                traffic.groupId("replies"));
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            admin.deleteConsumerGroups(groups).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Groups without offsets expire by themselves; leaving one behind harms nothing.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    /** The header's value, or null for a record that no bench producer sent. */
    private static Long longHeader(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length != Long.BYTES) {
            return null;
        }
        return ByteBuffer.wrap(header.value()).getLong();
    }
}
