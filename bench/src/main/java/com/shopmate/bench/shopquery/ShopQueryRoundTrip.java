package com.shopmate.bench.shopquery;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.StackTargets;
import com.shopmate.bench.kafkaraw.HopConsumer;
import com.shopmate.bench.kafkaraw.KafkaRoundTrip;
import com.shopmate.bench.kafkaraw.KafkaSettings;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopDriver;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.events.Topics;
import com.shopmate.events.UnreadableEventException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A shop query's round trip through Kafka, as dialogue-service makes it: the bench publishes
 * {@code ShopQueryRequested} events on {@code shop.query-requested.v1}, keyed by conversation, open loop at a fixed
 * rate; order-connector answers each from the shop's PostgreSQL with a {@code ShopQueryAnswered} on
 * {@code shop.query-answered.v1}; the bench's consumer matches the answers by {@code queryId}. Latency runs from a
 * query's scheduled send time to its answer's arrival.
 */
public final class ShopQueryRoundTrip {

    /** The shop order-connector serves (shopmate.shop-id's default). */
    static final String SHOP_ID = "demo-shop";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    // A new group waits group.initial.rebalance.delay.ms (3 s by default) before its first assignment.
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);
    // The first query after a start warms order-connector's JIT and connection pool: give it time.
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MS = 50;

    private final String bootstrap;
    private final BenchTraffic traffic;

    ShopQueryRoundTrip(String bootstrap, BenchTraffic traffic) {
        this.bootstrap = bootstrap;
        this.traffic = traffic;
    }

    /** @throws BenchFailure when Kafka, the shop topics or order-connector are not there */
    public static ShopQueryReport run(BenchPlan plan, StackTargets targets, PrintStream progress)
            throws InterruptedException {
        var traffic = new BenchTraffic(BenchTraffic.newRunId(), plan.conversations());
        KafkaRoundTrip.checkReachable(targets.kafka());
        var roundTrip = new ShopQueryRoundTrip(targets.kafka(), traffic);
        int partitions = roundTrip.answerPartitions();
        var matcher = new AnswerMatcher();
        progress.printf("bench: shop-query: %d s warm-up + %d s at %d queries/s …%n",
                plan.warmupSeconds(), plan.durationSeconds(), plan.rate());
        roundTrip.run(new OpenLoopSchedule(plan.rate(), plan.warmupSeconds(), plan.durationSeconds()), partitions,
                matcher);
        return new ShopQueryReport(plan, targets, traffic.runId(), partitions, KafkaSettings.DESCRIPTION,
                matcher.summary(), matcher.summaryByKind(), matcher.unreadableCount());
    }

    /** The partitions of the answers topic, which the stack creates: missing, the stack is not up. */
    int answerPartitions() throws InterruptedException {
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.SHOP_QUERIES,
                    Topics.SHOP_ANSWERS)).allTopicNames().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return topics.get(Topics.SHOP_ANSWERS).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchFailure("cannot describe " + Topics.SHOP_QUERIES + " and " + Topics.SHOP_ANSWERS + " on "
                    + bootstrap + " (" + (e.getCause() != null ? e.getCause() : e) + "): is the stack up with"
                    + " order-connector (./shopmate status)?", e);
        }
    }

    void run(OpenLoopSchedule schedule, int partitions, AnswerMatcher matcher) throws InterruptedException {
        var answers = new HopConsumer(Topics.SHOP_ANSWERS, partitions,
                KafkaSettings.consumer(bootstrap, traffic.groupId("answers")), record -> arrived(record, matcher));
        Thread consumerThread = new Thread(answers, "bench-consumer-" + Topics.SHOP_ANSWERS);
        consumerThread.setDaemon(true);
        consumerThread.start();
        try (var producer = new KafkaProducer<String, String>(
                KafkaSettings.producer(bootstrap, traffic.groupId("requester")))) {
            awaitAssignment(answers);
            // Fetch the metadata now, or the first send waits for it and a run without warm-up counts that.
            producer.partitionsFor(Topics.SHOP_QUERIES);
            probe(producer, matcher);
            new OpenLoopDriver().run(schedule, (index, intendedNanos) -> {
                ShopQueryRequested query = ShopQueryMix.query(traffic.messageId(index), index);
                send(producer, query, traffic.conversationId(index), intendedNanos, !schedule.isWarmup(index),
                        matcher);
            });
            long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            while (!matcher.settled() && System.nanoTime() < drainDeadline) {
                Thread.sleep(POLL_MS);
            }
        } finally {
            answers.stop();
            consumerThread.join(TimeUnit.SECONDS.toMillis(5));
            deleteGroup();
        }
    }

    /** One query answered before any is measured: fails clearly when order-connector is not there. */
    private void probe(KafkaProducer<String, String> producer, AnswerMatcher matcher) throws InterruptedException {
        ShopQueryRequested probe = ShopQueryMix.query("bench-" + traffic.runId() + "-probe", 0);
        send(producer, probe, traffic.conversationId(0), System.nanoTime(), false, matcher);
        long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
        while (matcher.waitingFor(probe.queryId())) {
            if (System.nanoTime() > deadline) {
                throw new BenchFailure("order-connector answered no query on " + Topics.SHOP_ANSWERS + " within "
                        + PROBE_TIMEOUT.toSeconds() + " s: is it running and ready (./shopmate status)?");
            }
            Thread.sleep(POLL_MS);
        }
    }

    private static void send(KafkaProducer<String, String> producer, ShopQueryRequested query, String conversationId,
                             long intendedNanos, boolean measured, AnswerMatcher matcher) {
        String value = EventCodec.encode(EventEnvelope.of(query, conversationId, SHOP_ID, Channel.APP, null));
        matcher.sent(query, conversationId, intendedNanos, measured);
        producer.send(new ProducerRecord<>(Topics.SHOP_QUERIES, conversationId, value), (metadata, failure) -> {
            if (failure != null) {
                matcher.sendFailed(query.queryId(), failure, System.nanoTime());
            }
        });
    }

    // On the consumer's thread; the arrival time is taken before decoding, which is the bench's work, not the trip's.
    private static void arrived(ConsumerRecord<String, String> record, AnswerMatcher matcher) {
        long done = System.nanoTime();
        try {
            matcher.answered(record.key(), EventCodec.decode(record.value(), ShopQueryAnswered.class).payload(), done);
        } catch (UnreadableEventException e) {
            matcher.unreadable();
        }
    }

    private void awaitAssignment(HopConsumer answers) throws InterruptedException {
        try {
            answers.ready().get(ASSIGNMENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BenchFailure("the bench's consumer of " + Topics.SHOP_ANSWERS + " failed before the run: "
                    + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new BenchFailure("the bench's consumer got no partitions of " + Topics.SHOP_ANSWERS + " within "
                    + ASSIGNMENT_TIMEOUT.toSeconds() + " s: does the broker's group coordinator work?", e);
        }
    }

    private void deleteGroup() {
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            admin.deleteConsumerGroups(List.of(traffic.groupId("answers"))).all()
                    .get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // A group without offsets expires by itself; leaving one behind harms nothing.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
