package com.shopmate.bench.chaos;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.kafkaraw.KafkaSettings;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads, straight off Kafka and from their ends at the start of the run, the reply events (which message each
 * answers) and the shop action events (which change was asked and what became of it). Partitions are assigned, not
 * subscribed, and no offset is committed: nothing of this reader outlives the run, and a broker restart costs it no
 * rebalance, only a reconnect.
 */
public final class TopicWatcher implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> TOPICS = List.of(Topics.REPLIES, Topics.SHOP_ACTIONS, Topics.SHOP_ACTION_RESULTS);

    private final KafkaConsumer<String, String> consumer;
    private final String conversationPrefix;
    private final MessageLedger messages;
    private final ActionLedger actions;
    private final AtomicLong unreadable = new AtomicLong();
    private final Thread reader;
    private volatile boolean running = true;

    /** @param conversationPrefix only events of conversations with this prefix (this run's) are counted */
    public TopicWatcher(String bootstrap, String groupId, String conversationPrefix, MessageLedger messages,
                        ActionLedger actions) {
        this.consumer = new KafkaConsumer<>(KafkaSettings.consumer(bootstrap, groupId));
        this.conversationPrefix = conversationPrefix;
        this.messages = messages;
        this.actions = actions;
        this.reader = new Thread(this::readUntilClosed, "chaos-topic-watcher");
        this.reader.setDaemon(true);
    }

    /** Takes every partition of the three topics at its end, then reads in the background. */
    public void start() {
        List<TopicPartition> partitions = new ArrayList<>();
        try {
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofMillis(KafkaSettings.ADMIN_TIMEOUT_MS))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // Resolve the end now: a reply that comes before the first poll must not be skipped.
            partitions.forEach(consumer::position);
        } catch (KafkaException e) {
            consumer.close();
            throw new BenchFailure("cannot read the reply and action topics: " + e.getMessage(), e);
        }
        reader.start();
    }

    public long unreadable() {
        return unreadable.get();
    }

    private void readUntilClosed() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.key() != null && record.key().startsWith(conversationPrefix)) {
                        read(record, System.nanoTime());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void read(ConsumerRecord<String, String> record, long seenNanos) {
        try {
            switch (record.topic()) {
                case Topics.REPLIES -> {
                    EventEnvelope<ReplyComposed> reply = EventCodec.decode(record.value(), ReplyComposed.class);
                    // An agent's message carries an id of its own; only answers to the shopper's messages count.
                    if (!reply.payload().byAgent()) {
                        messages.replied(reply.payload().messageId(), reply.eventId(), seenNanos);
                    }
                }
                case Topics.SHOP_ACTIONS -> {
                    ShopActionRequested request = EventCodec.decode(record.value(), ShopActionRequested.class).payload();
                    actions.requested(request.orderId(), request.actionId());
                }
                case Topics.SHOP_ACTION_RESULTS -> {
                    ShopActionCompleted done = EventCodec.decode(record.value(), ShopActionCompleted.class).payload();
                    actions.completed(done.actionId(), done.outcome());
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            unreadable.incrementAndGet();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        reader.join(5_000);
    }
}
