package com.shopmate.gateway.replies;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.List;

/**
 * Takes each composed reply off Kafka and hands it to the channel its utterance came from. A reply already
 * delivered (a redelivered record) is skipped; an unreadable record goes to the dead-letter topic.
 */
@ApplicationScoped
public class ReplyDispatcher {

    private static final Logger LOG = Logger.getLogger(ReplyDispatcher.class);

    private final List<ReplyChannel> channels;
    private final ReplyStore store;
    private final ReplyWaiters waiters;

    public ReplyDispatcher(@All List<ReplyChannel> channels, ReplyStore store, ReplyWaiters waiters) {
        this.channels = channels;
        this.store = store;
        this.waiters = waiters;
    }

    @Incoming("replies")
    public Uni<Void> dispatch(String json) {
        EventEnvelope<ReplyComposed> reply = EventCodec.decode(json, ReplyComposed.class);
        MDC.put("conversationId", reply.conversationId());
        try {
            return store.find(reply.conversationId(), reply.payload().messageId())
                    .onItem().transformToUni(already -> already != null ? Uni.createFrom().voidItem() : deliver(reply));
        } finally {
            MDC.remove("conversationId");
        }
    }

    private Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        ReplyChannel channel = channels.stream().filter(c -> c.delivers(reply.channel())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no channel delivers " + reply.channel()));
        // Remembered only after delivery: a crash in between redelivers rather than loses the reply.
        return channel.deliver(reply)
                .call(() -> store.remember(reply))
                .invoke(() -> {
                    waiters.delivered(reply);
                    LOG.debugf("reply to %s delivered on %s", reply.payload().messageId(), reply.channel());
                });
    }
}
