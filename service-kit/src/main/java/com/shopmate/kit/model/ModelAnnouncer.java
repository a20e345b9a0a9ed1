package com.shopmate.kit.model;

import com.shopmate.events.EventCodec;
import com.shopmate.events.ModelActivated;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes {@link ModelActivated} on the model-activations topic, keyed by kind, and waits until Kafka has it: the
 * operator who activated a version hears whether the other replicas were told. A plain Kafka producer rather than a
 * SmallRye channel: it exists only in services that serve a model, created on the first activation, and a channel
 * would have to be configured in every service that uses the kit.
 */
@ApplicationScoped
public class ModelAnnouncer {

    /** How long an activation waits for Kafka before it says the other replicas were not told. */
    static final long SEND_TIMEOUT_MS = 10_000;

    private final Map<String, Object> kafka;
    private final String topic;
    private KafkaProducer<String, String> producer;

    @Inject
    ModelAnnouncer(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                   @ConfigProperty(name = "shopmate.topic.model-activations") String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    /**
     * @return where Kafka put it
     * @throws IllegalStateException when Kafka did not take it within {@link #SEND_TIMEOUT_MS}
     */
    public AnnouncementPosition announce(ModelActivated event) {
        try {
            RecordMetadata sent = producer().send(new ProducerRecord<>(topic, event.kind(), EventCodec.encode(event)))
                    .get(SEND_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return new AnnouncementPosition(sent.partition(), sent.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while announcing on " + topic, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka did not take the announcement on " + topic + ": " + cause, e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.remove("group.id");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, SEND_TIMEOUT_MS);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT_MS / 2);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT_MS);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
