package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyDeliveryFailed;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.kit.privacy.PersonalData;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Tells the platform that an SMS reply did not reach the shopper ({@link ReplyDeliveryFailed}, keyed by the
 * conversation), logs it and counts it by reason. The event's id is derived from its cause, so the same failure
 * reported twice (a redelivered reply, a repeated status callback) is one event to its consumers.
 */
@ApplicationScoped
public class ReplyDeliveryFailures {

    private static final Logger LOG = Logger.getLogger(ReplyDeliveryFailures.class);

    private final MutinyEmitter<String> failures;
    private final MeterRegistry metrics;
    private final String shopId;

    public ReplyDeliveryFailures(@org.eclipse.microprofile.reactive.messaging.Channel("reply-delivery-failures") MutinyEmitter<String> failures,
                                 MeterRegistry metrics, @ConfigProperty(name = "shopmate.shop-id") String shopId) {
        this.failures = failures;
        this.metrics = metrics;
        this.shopId = shopId;
    }

    /**
     * @param causeId     what the failure is about, unique to it: the undelivered ReplyComposed's eventId, or the
     *                    provider's message id when its status callback reports the failure
     */
    public Uni<Void> report(String conversationId, String causeId, String traceparent, ReplyDeliveryFailed failure) {
        metrics.counter("shopmate.sms.delivery.failures", "reason", failure.reason()).increment();
        LOG.warnf("SMS reply to %s of %s not delivered: %s (provider error %s, %d attempts, %s)",
                failure.messageId(), PersonalData.conversationForLogs(conversationId), failure.reason(),
                failure.providerErrorCode(), failure.attempts(), failure.permanent() ? "permanent" : "may pass");
        var event = new EventEnvelope<>(EventEnvelope.derivedEventId(causeId, ReplyDeliveryFailed.TYPE),
                ReplyDeliveryFailed.TYPE, ReplyDeliveryFailed.VERSION, conversationId, shopId, Channel.SMS,
                Instant.now(), traceparent, failure, ShopperIdentity.smsSender(PhoneNumbers.phoneOf(conversationId)));
        return failures.sendMessage(KafkaRecord.of(conversationId, EventCodec.encode(event)));
    }
}
