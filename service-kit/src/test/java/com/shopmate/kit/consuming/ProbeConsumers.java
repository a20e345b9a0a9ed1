package com.shopmate.kit.consuming;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UtteranceReceived;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Consumers written on the kit as a service writes them, for {@link ConsumingIT}: one blocking with a follow-up, one
 * reactive. An utterance saying {@value #ALWAYS_FAILS} fails however often it is tried.
 */
@ApplicationScoped
public class ProbeConsumers {

    static final String ALWAYS_FAILS = "always fails";
    private static final Logger LOG = Logger.getLogger(ProbeConsumers.class);

    private final EventConsumer<UtteranceReceived> utterances;
    private final EventConsumer<IntentClassified> intents;

    ProbeConsumers(EventConsumers consumers) {
        this.utterances = consumers.of(UtteranceReceived.class);
        this.intents = consumers.of(IntentClassified.class);
    }

    @Incoming("utterances")
    @Outgoing("sentiments")
    public Uni<Record<String, String>> score(String json) {
        return utterances.processBlocking(json, this::score);
    }

    @Incoming("intents")
    public Uni<Void> answer(String json) {
        return intents.consume(json, intent -> Uni.createFrom().voidItem()
                // A continuation after a timer, as after a Redis or Kafka round trip.
                .onItem().delayIt().by(Duration.ofMillis(10))
                .invoke(() -> LOG.infof("answered %s", intent.payload().messageId())));
    }

    private SentimentScored score(EventEnvelope<UtteranceReceived> utterance) {
        UtteranceReceived said = utterance.payload();
        if (ALWAYS_FAILS.equals(said.text())) {
            throw new IllegalStateException("the model is broken");
        }
        LOG.infof("scored %s", said.messageId());
        return new SentimentScored(utterance.eventId(), said.messageId(), "neutral", 0, 0, "neutral", "probe");
    }
}
