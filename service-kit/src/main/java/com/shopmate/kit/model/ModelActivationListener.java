package com.shopmate.kit.model;

import com.shopmate.events.EventCodec;
import com.shopmate.events.ModelActivated;
import com.shopmate.events.UnreadableEventException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every replica hears every {@link ModelActivated}. A consumer group would share the announcements out among the
 * replicas, so this consumer has none: it takes every partition of the topic itself, starts at the end it finds and
 * commits nothing, and a replica that starts later reads the active pointer instead. Once it has its positions it
 * reads the pointer once more: an activation made between the model's loading at start and that moment is neither
 * in the model nor ahead of the positions, but it is in the pointer. SmallRye's Kafka connector always joins a
 * group, hence a plain consumer on a thread of its own, started only in a service that serves a model.
 */
@ApplicationScoped
public class ModelActivationListener {

    private static final Logger LOG = Logger.getLogger(ModelActivationListener.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final ModelActivations activations;
    private final Map<String, Object> kafka;
    private final String topic;
    private volatile boolean listening;
    private volatile boolean closed;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;

    @Inject
    ModelActivationListener(ModelActivations activations,
                            @Identifier("default-kafka-broker") Map<String, Object> kafka,
                            @ConfigProperty(name = "shopmate.topic.model-activations") String topic) {
        this.activations = activations;
        this.kafka = kafka;
        this.topic = topic;
    }

    void start(@Observes StartupEvent started) {
        if (activations.models().isEmpty()) {
            return;
        }
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "model-activations-" + ProcessHandle.current().pid());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        thread = new Thread(this::run, "model-activations");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether it has its positions on the topic: from then on no announcement passes this replica by. */
    public boolean listening() {
        return listening || activations.models().isEmpty();
    }

    private void run() {
        try {
            while (!closed) {
                try {
                    if (!listening) {
                        if (!takeEveryPartitionFromTheEnd()) {
                            LOG.infof("waiting for topic %s to have partitions", topic);
                            pause();
                            continue;
                        }
                        activations.models().forEach(ReloadableModel::followPointer);
                        listening = true;
                        LOG.infof("listening for model activations on %s", topic);
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                        handle(record);
                    }
                } catch (WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    LOG.errorf(e, "model activations on %s: retrying in %d s", topic, RETRY_PAUSE.toSeconds());
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** @return false when the topic has no partitions yet (a broker that creates topics on first use) */
    private boolean takeEveryPartitionFromTheEnd() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(all);
        consumer.seekToEnd(all);
        // seekToEnd is lazy: asking the positions fixes them now, before the pointer is read again.
        all.forEach(consumer::position);
        return true;
    }

    private void handle(ConsumerRecord<String, String> record) {
        ModelActivated announced;
        try {
            announced = EventCodec.decodeModelActivated(record.value());
        } catch (UnreadableEventException e) {
            LOG.warnf("skipping record %d of %s-%d: %s", record.offset(), topic, record.partition(), e.getMessage());
            return;
        }
        activations.apply(announced, new AnnouncementPosition(record.partition(), record.offset()));
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        closed = true;
        if (consumer != null) {
            consumer.wakeup();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
