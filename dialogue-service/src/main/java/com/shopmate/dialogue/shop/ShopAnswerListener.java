package com.shopmate.dialogue.shop;

import com.shopmate.events.EventCodec;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopQueryAnswered;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hears the back end's answers and completions for the questions and actions this replica is waiting on, and
 * recommendation-service's suggestions, which come back the same way. Every
 * replica reads every partition of the two answer topics from their end, with no consumer group: an answer is keyed
 * by the asking conversation, but the replica that asked is whichever one consumed that conversation's intent, so
 * each replica takes what it waits for and ignores the rest (docs/adr/0011). Nothing is committed: a replica that
 * dies mid-turn never acked the intent, which is redelivered and asks again.
 */
@ApplicationScoped
public class ShopAnswerListener {

    private static final Logger LOG = Logger.getLogger(ShopAnswerListener.class);

    private final Map<String, CompletableFuture<ShopQueryAnswered>> questions = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<ShopActionCompleted>> actions = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<RecommendationsReady>> recommendations = new ConcurrentHashMap<>();
    private final String bootstrapServers;
    private final String answersTopic;
    private final String completionsTopic;
    private final String recommendationsTopic;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running = true;
    private final CompletableFuture<Void> listening = new CompletableFuture<>();

    ShopAnswerListener(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "shopmate.topic.shop-answers") String answersTopic,
                       @ConfigProperty(name = "shopmate.topic.shop-action-results") String completionsTopic,
                       @ConfigProperty(name = "shopmate.topic.recommendations") String recommendationsTopic) {
        this.bootstrapServers = bootstrapServers;
        this.answersTopic = answersTopic;
        this.completionsTopic = completionsTopic;
        this.recommendationsTopic = recommendationsTopic;
    }

    void start(@Observes StartupEvent started) {
        Thread poller = new Thread(this::listen, "shop-answers");
        poller.setDaemon(true);
        poller.start();
        try {
            // Ready only once it hears answers: a question asked before would wait out its budget.
            listening.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("shop answers not heard yet (%s); questions may time out until they are", e.toString());
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** A future completed by the answer to {@code queryId}; registered now, before the question is sent. */
    CompletableFuture<ShopQueryAnswered> expectAnswer(String queryId) {
        return questions.computeIfAbsent(queryId, id -> new CompletableFuture<>());
    }

    CompletableFuture<ShopActionCompleted> expectCompletion(String actionId) {
        return actions.computeIfAbsent(actionId, id -> new CompletableFuture<>());
    }

    /** A future completed by the suggestions for {@code requestId} (recommendation-service answers like the shop). */
    public CompletableFuture<RecommendationsReady> expectRecommendations(String requestId) {
        return recommendations.computeIfAbsent(requestId, id -> new CompletableFuture<>());
    }

    public void forgetRecommendations(String requestId) {
        recommendations.remove(requestId);
    }

    void forgetAnswer(String queryId) {
        questions.remove(queryId);
    }

    void forgetCompletion(String actionId) {
        actions.remove(actionId);
    }

    private void listen() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(config)) {
            consumer = kafka;
            List<TopicPartition> partitions = partitionsOnceTheyExist(kafka);
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            partitions.forEach(kafka::position);
            listening.complete(null);
            while (running) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(200))) {
                    hear(record);
                }
            }
        } catch (WakeupException stopped) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.errorf(e, "shop answers listener stopped");
            listening.completeExceptionally(e);
        }
    }

    private List<TopicPartition> partitionsOnceTheyExist(KafkaConsumer<String, String> kafka) {
        while (running) {
            List<TopicPartition> found = new ArrayList<>();
            for (String topic : List.of(answersTopic, completionsTopic, recommendationsTopic)) {
                List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null) {
                    infos.forEach(p -> found.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            if (found.stream().map(TopicPartition::topic).distinct().count() == 3) {
                return found;
            }
            sleep();
        }
        throw new WakeupException();
    }

    private void hear(ConsumerRecord<String, String> record) {
        try {
            if (record.topic().equals(answersTopic)) {
                ShopQueryAnswered answer = EventCodec.decode(record.value(), ShopQueryAnswered.class).payload();
                CompletableFuture<ShopQueryAnswered> waiting = questions.remove(answer.queryId());
                if (waiting != null) {
                    waiting.complete(answer);
                }
            } else if (record.topic().equals(recommendationsTopic)) {
                RecommendationsReady ready = EventCodec.decode(record.value(), RecommendationsReady.class).payload();
                CompletableFuture<RecommendationsReady> waiting = recommendations.remove(ready.requestId());
                if (waiting != null) {
                    waiting.complete(ready);
                }
            } else {
                ShopActionCompleted done = EventCodec.decode(record.value(), ShopActionCompleted.class).payload();
                CompletableFuture<ShopActionCompleted> waiting = actions.remove(done.actionId());
                if (waiting != null) {
                    waiting.complete(done);
                }
            }
        } catch (RuntimeException unreadable) {
            // Not ours to dead-letter (order-connector produced it, and every replica reads it): skip it.
            LOG.warnf("unreadable record on %s skipped: %s", record.topic(), unreadable.getMessage());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
