package com.shopmate.bench.kafkaraw;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Properties;

/**
 * Client settings of the benches that talk Kafka themselves (the raw round trip, the shop query round trip), chosen
 * to match what the platform's producers run with (the service kit's defaults): acks=all with idempotence and
 * linger.ms=0, the rest at the kafka-clients defaults.
 */
public final class KafkaSettings {

    /** What every outgoing channel of the platform sets. */
    static final String ACKS = "all";
    /** What the report says about the producer, so the reader knows what the baseline is. */
    /** As the services: a record goes out at once rather than after kafka-clients 4's 5 ms wait for a batch. */
    static final String LINGER_MS = "0";
    public static final String DESCRIPTION = "acks=" + ACKS + " with idempotence, linger.ms=" + LINGER_MS
            + " (as the services), batch.size at the kafka-clients default, String serdes, key = conversationId";

    /** How long one admin call may take, and so how long an unreachable Kafka takes to be reported. */
    public static final int ADMIN_TIMEOUT_MS = 5_000;

    private KafkaSettings() {
    }

    public static Properties producer(String bootstrap, String clientId) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, ACKS);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        return props;
    }

    public static Properties consumer(String bootstrap, String groupId) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        // SmallRye commits by itself (not auto-commit); the bench needs no offsets at all, its groups live one run.
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    public static Properties admin(String bootstrap) {
        var props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
        return props;
    }
}
