package com.shopmate.bench.kafkaraw;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One bench consumer on its own thread, like a service's incoming channel: a hop of the raw round trip, or the
 * reader of a request/answer round trip's answers. It is {@link #ready()} once the group has given it every
 * partition and its positions are pinned to their ends, so that nothing sent before this run is read and nothing
 * sent by it is missed.
 */
public final class HopConsumer implements Runnable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final int partitions;
    private final Properties props;
    private final Consumer<ConsumerRecord<String, String>> handler;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile boolean stopped;

    public HopConsumer(String topic, int partitions, Properties props,
                Consumer<ConsumerRecord<String, String>> handler) {
        this.topic = topic;
        this.partitions = partitions;
        this.props = props;
        this.handler = handler;
    }

    public String topic() {
        return topic;
    }

    public CompletableFuture<Void> ready() {
        return ready;
    }

    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(topic));
            while (!stopped && consumer.assignment().size() < partitions) {
                consumer.poll(POLL);
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            ready.complete(null);
            while (!stopped) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    handler.accept(record);
                }
            }
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
            if (!stopped) {
                System.err.println("bench: consumer of " + topic + " stopped: " + e);
            }
        }
    }
}
