package com.shopmate.gateway.replies;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Takes each composed reply off Kafka and hands it to the channel its utterance came from. A reply already
 * delivered (a redelivered record) is skipped. A failed delivery (SMS provider down, Redis blip) is retried with
 * backoff; only a record that cannot be read, one on a channel this gateway cannot deliver on, or one still failing
 * after the retries, goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReplyDispatcher {

    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final List<ReplyChannel> channels;
    private final ReplyStore store;
    private final ReplyWaiters waiters;
    private final int retries;
    private final Duration firstBackoff;
    private final Duration remembered;

    public ReplyDispatcher(@All List<ReplyChannel> channels, ReplyStore store, ReplyWaiters waiters,
                           MeterRegistry metrics,
                           @ConfigProperty(name = "shopmate.gateway.delivery-retries") int retries,
                           @ConfigProperty(name = "shopmate.gateway.delivery-backoff") Duration firstBackoff,
                           @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration remembered) {
        this.channels = channels;
        this.store = store;
        this.waiters = waiters;
        this.retries = retries;
        this.firstBackoff = firstBackoff;
        this.remembered = remembered;
        metrics.gauge("shopmate.gateway.waiting.requests", waiters, ReplyWaiters::waitingCount);
    }

    @Incoming("replies")
    public Uni<Void> dispatch(String json) {
        EventEnvelope<ReplyComposed> reply = EventCodec.decode(json, ReplyComposed.class);
        if (reply.occurredAt().isBefore(Instant.now().minus(remembered))) {
            // Older than anything the store remembers (a replay from a fresh consumer group): it cannot be told
            // apart from a delivered one, and the shopper moved on long ago. Never send it again.
            LOG.debugf("reply to %s is older than %s, dropped", reply.payload().messageId(), remembered);
            return Uni.createFrom().voidItem();
        }
        MDC.put("conversationId", reply.conversationId());
        try {
            ReplyChannel channel = channels.stream().filter(c -> c.delivers(reply.channel())).findFirst()
                    .orElse(null);
            if (channel == null) {
                // A channel added to the contract after this gateway was built: the event is fine, this gateway
                // cannot deliver on it. No retry changes that, so it is dead-lettered at once, with the reason.
                var undeliverable = new UndeliverableReplyException(reply);
                LOG.warn(undeliverable.getMessage());
                return Uni.createFrom().failure(undeliverable);
            }
            return store.find(reply.conversationId(), reply.payload().messageId())
                    .onItem().transformToUni(already -> already != null ? Uni.createFrom().voidItem()
                            : deliver(reply, channel))
                    .onFailure(e -> !(e instanceof UnreadableEventException)).invoke(e -> LOG.warnf(
                            "delivery of the reply to %s failed, retrying: %s", reply.payload().messageId(), e))
                    .onFailure(e -> !(e instanceof UnreadableEventException)).retry()
                    .withBackOff(firstBackoff, firstBackoff.multipliedBy(20)).atMost(retries);
        } finally {
            MDC.remove("conversationId");
        }
    }

    private Uni<Void> deliver(EventEnvelope<ReplyComposed> reply, ReplyChannel channel) {
        // Remembered only after delivery: a crash in between redelivers rather than loses the reply.
        return channel.deliver(reply)
                .call(() -> store.remember(reply))
                .invoke(() -> {
                    waiters.delivered(reply);
                    LOG.debugf("reply to %s delivered on %s", reply.payload().messageId(), reply.channel());
                });
    }
}
