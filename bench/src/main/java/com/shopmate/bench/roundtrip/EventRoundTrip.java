package com.shopmate.bench.roundtrip;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.kafkaraw.HopConsumer;
import com.shopmate.bench.kafkaraw.KafkaSettings;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopDriver;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import com.shopmate.events.UnreadableEventException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request's round trip through Kafka to the service that answers it, as dialogue-service makes it: the bench
 * publishes the requests of a {@link RoundTripRoute}, keyed by conversation, open loop at a fixed rate; the service
 * answers each on the route's answer topic; the bench's consumer hands every answer to an {@link AnswerMatching},
 * which matches it to its request by id. Latency runs from a request's scheduled send time to its answer's arrival.
 */
public final class EventRoundTrip<Q extends EventPayload, A extends EventPayload> {

    /** The shop the stack's services serve (shopmate.shop-id's default). */
    static final String SHOP_ID = "demo-shop";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    // A new group waits group.initial.rebalance.delay.ms (3 s by default) before its first assignment.
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);
    // The first request after a start warms the service's JIT and connection pool: give it time.
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    // A service that answers but is not ready yet (no catalogue read) gets this long from the first probe.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_AGAIN_AFTER = Duration.ofSeconds(1);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);
    private static final long POLL_MS = 50;

    private final String bootstrap;
    private final BenchTraffic traffic;
    private final RoundTripRoute<Q, A> route;
    // The probe being asked and its answer, which the consumer's thread sets.
    private volatile String probeId;
    private final AtomicReference<A> probeAnswer = new AtomicReference<>();

    public EventRoundTrip(String bootstrap, BenchTraffic traffic, RoundTripRoute<Q, A> route) {
        this.bootstrap = bootstrap;
        this.traffic = traffic;
        this.route = route;
    }

    /** The partitions of the answers topic, which the stack creates: missing, the stack is not up. */
    public int answerPartitions() throws InterruptedException {
        try (Admin admin = Admin.create(KafkaSettings.admin(bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(route.requestTopic(),
                    route.answerTopic())).allTopicNames().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return topics.get(route.answerTopic()).partitions().size();
        } catch (ExecutionException | TimeoutException e) {
            throw new BenchFailure("cannot describe " + route.requestTopic() + " and " + route.answerTopic() + " on "
                    + bootstrap + " (" + (e.getCause() != null ? e.getCause() : e) + "): is the stack up with "
                    + route.answerer() + " (./shopmate status)?", e);
        }
    }

    /** @throws BenchFailure when the service answers no probe, or is not ready in time */
    public void run(OpenLoopSchedule schedule, int partitions, AnswerMatching<Q, A> matching)
            throws InterruptedException {
        var answers = new HopConsumer(route.answerTopic(), partitions,
                KafkaSettings.consumer(bootstrap, traffic.groupId("answers")), record -> arrived(record, matching));
        Thread consumerThread = new Thread(answers, "bench-consumer-" + route.answerTopic());
        consumerThread.setDaemon(true);
        consumerThread.start();
        try (var producer = new KafkaProducer<String, String>(
                KafkaSettings.producer(bootstrap, traffic.groupId("requester")))) {
            awaitAssignment(answers);
            // Fetch the metadata now, or the first send waits for it and a run without warm-up counts that.
            producer.partitionsFor(route.requestTopic());
            probe(producer, matching);
            new OpenLoopDriver().run(schedule, (index, intendedNanos) -> {
                Q request = route.requests().request(traffic.messageId(index), index);
                send(producer, request, traffic.conversationId(index), intendedNanos, !schedule.isWarmup(index),
                        matching);
            });
            long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            while (!matching.settled() && System.nanoTime() < drainDeadline) {
                Thread.sleep(POLL_MS);
            }
        } finally {
            answers.stop();
            consumerThread.join(TimeUnit.SECONDS.toMillis(5));
            deleteGroup();
        }
    }

    /**
     * One request answered, by a service ready to be measured, before any is measured: fails clearly when the service
     * is not there, and waits while it says it is not ready yet.
     */
    private void probe(KafkaProducer<String, String> producer, AnswerMatching<Q, A> matching)
            throws InterruptedException {
        long readyDeadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        for (int attempt = 1; ; attempt++) {
            Q probe = route.requests().request("bench-" + traffic.runId() + "-probe" + attempt, 0);
            probeId = route.requestId().apply(probe);
            probeAnswer.set(null);
            send(producer, probe, traffic.conversationId(0), System.nanoTime(), false, matching);
            long answerDeadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
            while (matching.waitingFor(probeId)) {
                if (System.nanoTime() > answerDeadline) {
                    throw new BenchFailure(route.answerer() + " answered no request on " + route.answerTopic()
                            + " within " + PROBE_TIMEOUT.toSeconds() + " s: is it running and ready (./shopmate"
                            + " status)?");
                }
                Thread.sleep(POLL_MS);
            }
            // No answer but no longer waiting: the send failed, which the run will show again.
            A answer = probeAnswer.get();
            String notReady = answer == null ? null : route.notReady().apply(answer);
            if (notReady == null) {
                return;
            }
            if (System.nanoTime() > readyDeadline) {
                throw new BenchFailure(route.answerer() + " is not ready after " + READY_TIMEOUT.toSeconds()
                        + " s: " + notReady);
            }
            Thread.sleep(PROBE_AGAIN_AFTER.toMillis());
        }
    }

    private void send(KafkaProducer<String, String> producer, Q request, String conversationId, long intendedNanos,
                      boolean measured, AnswerMatching<Q, A> matching) {
        String value = EventCodec.encode(EventEnvelope.of(request, conversationId, SHOP_ID, Channel.APP, null));
        matching.sent(request, conversationId, intendedNanos, measured);
        producer.send(new ProducerRecord<>(route.requestTopic(), conversationId, value), (metadata, failure) -> {
            if (failure != null) {
                matching.sendFailed(route.requestId().apply(request), failure, System.nanoTime());
            }
        });
    }

    // On the consumer's thread; the arrival time is taken before decoding, which is the bench's work, not the trip's.
    private void arrived(ConsumerRecord<String, String> record, AnswerMatching<Q, A> matching) {
        long done = System.nanoTime();
        A answer;
        try {
            answer = EventCodec.decode(record.value(), route.answerType()).payload();
        } catch (UnreadableEventException e) {
            matching.unreadable();
            return;
        }
        if (route.answerId().apply(answer).equals(probeId)) {
            probeAnswer.set(answer);
        }
        matching.answered(record.key(), answer, done);
    }

    private void awaitAssignment(HopConsumer answers) throws InterruptedException {
        try {
            answers.ready().get(ASSIGNMENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new BenchFailure("the bench's consumer of " + route.answerTopic() + " failed before the run: "
                    + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new BenchFailure("the bench's consumer got no partitions of " + route.answerTopic() + " within "
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
