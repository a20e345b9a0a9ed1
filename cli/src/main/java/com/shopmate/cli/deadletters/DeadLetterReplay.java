package com.shopmate.cli.deadletters;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Puts dead letters back on the topics they came from, with their original key (so each lands on its conversation's
 * partition, in order) and headers (its trace), without the {@code dead-letter-*} ones. Replaying an event twice is
 * safe: consumers are idempotent, a redelivered event changes nothing the second time.
 */
final class DeadLetterReplay {

    private final String bootstrapServers;

    DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Records replayed, per topic of origin; returns once the broker has acknowledged every one. */
    Map<String, Integer> replay(List<DeadLetter> letters) {
        Map<String, Integer> perTopic = new TreeMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            var sent = letters.stream().map(letter -> producer.send(new ProducerRecord<>(letter.originTopic(), null,
                    letter.key(), letter.value(), letter.originalHeaders()))).toList();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get(DeadLetterTopic.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("could not replay " + letters.get(i).id() + " to "
                            + letters.get(i).originTopic() + " (" + i + " of " + letters.size() + " were): "
                            + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while replaying", e);
                }
                perTopic.merge(letters.get(i).originTopic(), 1, Integer::sum);
            }
        }
        return perTopic;
    }

    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }
}
