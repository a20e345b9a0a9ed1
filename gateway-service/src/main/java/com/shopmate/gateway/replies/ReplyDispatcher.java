package com.shopmate.gateway.replies;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Takes each composed reply off Kafka and hands it to the channel its utterance came from. A reply already
 * delivered (a redelivered record) is skipped. Decoding, retries of a failed delivery (SMS provider down, Redis
 * blip), dead letters and the log context are the service kit's ({@link EventConsumer}); a reply on a channel this
 * gateway cannot deliver on is dead-lettered at once, since no retry changes that.
 */
@ApplicationScoped
public class ReplyDispatcher {

    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final EventConsumer<ReplyComposed> replies;
    private final List<ReplyChannel> channels;
    private final ReplyStore store;
    private final ReplyWaiters waiters;
    private final Duration remembered;

    public ReplyDispatcher(EventConsumers consumers, @All List<ReplyChannel> channels, ReplyStore store,
                           ReplyWaiters waiters, MeterRegistry metrics,
                           @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration remembered) {
        this.replies = consumers.of(ReplyComposed.class);
        this.channels = channels;
        this.store = store;
        this.waiters = waiters;
        this.remembered = remembered;
        metrics.gauge("shopmate.gateway.waiting.requests", waiters, ReplyWaiters::waitingCount);
    }

    @Incoming("replies")
    public Uni<Void> dispatch(String json) {
        return replies.consume(json, this::deliverOnce);
    }

    private Uni<Void> deliverOnce(EventEnvelope<ReplyComposed> reply) {
        if (reply.occurredAt().isBefore(Instant.now().minus(remembered))) {
            // Older than anything the store remembers (a replay from a fresh consumer group): it cannot be told
            // apart from a delivered one, and the shopper moved on long ago. Never send it again.
            LOG.debugf("reply to %s is older than %s, dropped", reply.payload().messageId(), remembered);
            return Uni.createFrom().voidItem();
        }
        ReplyChannel channel = channels.stream().filter(c -> c.delivers(reply.channel())).findFirst().orElse(null);
        if (channel == null) {
            // A channel added to the contract after this gateway was built: the event is fine, this gateway cannot
            // deliver on it.
            return Uni.createFrom().failure(new UndeliverableReplyException(reply));
        }
        return store.find(reply.conversationId(), reply.payload().messageId())
                .onItem().transformToUni(already -> already != null ? Uni.createFrom().voidItem()
                        : deliver(reply, channel));
    }

    private Uni<Void> deliver(EventEnvelope<ReplyComposed> reply, ReplyChannel channel) {
        // A message held for an agent has nothing to deliver: only the shopper's waiting request learns of it.
        Uni<Void> delivered = reply.payload().isHeldForAgent() ? Uni.createFrom().voidItem() : channel.deliver(reply);
        // Remembered only after delivery: a crash in between redelivers rather than loses the reply.
        return delivered
                .call(() -> store.remember(reply))
                .invoke(() -> {
                    waiters.delivered(reply);
                    LOG.debugf("reply to %s delivered on %s", reply.payload().messageId(), reply.channel());
                });
    }
}
