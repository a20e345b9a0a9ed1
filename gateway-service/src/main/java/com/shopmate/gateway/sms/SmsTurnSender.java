package com.shopmate.gateway.sms;

import com.shopmate.events.ReplyDeliveryFailed;
import com.shopmate.kit.consuming.PermanentFailureException;
import com.shopmate.kit.privacy.PersonalData;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a turn, segment by segment, once: a number that opted out gets nothing, a conversation over its cap gets
 * nothing more, a segment already accepted is not sent again, and a segment the provider will not take ends the
 * turn with a {@link ReplyDeliveryFailed}. Failures of Redis are left to the caller's retries (the records make a
 * retry safe); the provider's own retries are {@link SmsProviderCalls}'.
 */
@ApplicationScoped
public class SmsTurnSender {

    private static final Logger LOG = Logger.getLogger(SmsTurnSender.class);

    /** The provider took nothing more after failures that may pass: the reply record is dead-lettered, replayable. */
    public static class NotSentException extends PermanentFailureException {
        NotSentException(String message) {
            super(message);
        }
    }

    private final SmsProviderCalls provider;
    private final SentSegments sent;
    private final SmsOptOuts optOuts;
    private final SmsRateLimits limits;
    private final ReplyDeliveryFailures failures;
    private final MeterRegistry metrics;

    public SmsTurnSender(SmsProviderCalls provider, SentSegments sent, SmsOptOuts optOuts, SmsRateLimits limits,
                         ReplyDeliveryFailures failures, MeterRegistry metrics) {
        this.provider = provider;
        this.sent = sent;
        this.optOuts = optOuts;
        this.limits = limits;
        this.failures = failures;
        this.metrics = metrics;
    }

    public Uni<Void> send(SmsTurn turn) {
        Uni<Boolean> optedOut = turn.keywordAnswer() ? Uni.createFrom().item(false) : optOuts.isOptedOut(turn.to());
        return optedOut.chain(out -> {
            if (out) {
                // The shopper said STOP: the reply is dropped, not retried, and said so.
                return dropped(turn, "opted_out", ReplyDeliveryFailed.OPTED_OUT);
            }
            return unsent(turn).chain(segments -> segments.isEmpty() ? Uni.createFrom().voidItem()
                    : withinCap(turn, segments));
        });
    }

    private Uni<Void> withinCap(SmsTurn turn, List<SmsTurn.Segment> segments) {
        Uni<Boolean> reserved = turn.keywordAnswer() ? Uni.createFrom().item(true)
                : limits.reserveOutbound(turn.conversationId(), segments.size());
        return reserved.chain(ok -> ok ? sendInOrder(turn, segments)
                : dropped(turn, "cap_reached", ReplyDeliveryFailed.CAP_REACHED));
    }

    /** The turn's segments the provider has not accepted yet, in order. */
    private Uni<List<SmsTurn.Segment>> unsent(SmsTurn turn) {
        return Multi.createFrom().iterable(turn.segments())
                .onItem().transformToUniAndConcatenate(segment -> sent.sentAs(turn, segment)
                        .map(sid -> sid == null ? List.of(segment) : List.<SmsTurn.Segment>of()))
                .collect().in(ArrayList<SmsTurn.Segment>::new, List::addAll)
                .invoke(left -> {
                    int skipped = turn.segments().size() - left.size();
                    if (skipped > 0) {
                        metrics.counter("shopmate.sms.outbound", "outcome", "already_sent").increment(skipped);
                    }
                }).map(List::copyOf);
    }

    // One after the other, so the shopper's phone shows them in order.
    private Uni<Void> sendInOrder(SmsTurn turn, List<SmsTurn.Segment> segments) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SmsTurn.Segment segment : segments) {
            chain = chain.chain(() -> provider.send(turn.to(), segment.text())
                    .chain(accepted -> sent.markSent(turn, segment, accepted.providerMessageId())
                            .invoke(() -> metrics.counter("shopmate.sms.outbound", "outcome", "sent").increment())));
        }
        return chain.onFailure(SmsSendFailure.class).recoverWithUni(failure -> notSent(turn, (SmsSendFailure) failure));
    }

    private Uni<Void> notSent(SmsTurn turn, SmsSendFailure failure) {
        metrics.counter("shopmate.sms.outbound", "outcome", "failed").increment();
        Uni<Void> reported = failures.report(turn.conversationId(), turn.causeEventId(), turn.traceparent(),
                new ReplyDeliveryFailed(turn.messageId(), failure.reason(), failure.providerErrorCode(), null,
                        failure.attempts(), failure.permanent()));
        if (failure.permanent()) {
            return reported;
        }
        // Reported, and the record dead-lettered rather than retried by the consumer: the backoff was spent here.
        return reported.chain(() -> Uni.createFrom().failure(new NotSentException("SMS reply to "
                + turn.messageId() + " not sent: " + failure.getMessage())));
    }

    private Uni<Void> dropped(SmsTurn turn, String outcome, String reason) {
        metrics.counter("shopmate.sms.outbound", "outcome", outcome).increment();
        LOG.infof("SMS reply to %s for %s dropped: %s", turn.messageId(), PersonalData.maskPhone(turn.to()), outcome);
        return failures.report(turn.conversationId(), turn.causeEventId(), turn.traceparent(),
                new ReplyDeliveryFailed(turn.messageId(), reason, null, null, 0, true));
    }
}
