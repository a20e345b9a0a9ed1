package com.shopmate.gateway.sms;

import com.shopmate.events.ReplyDeliveryFailed;
import com.shopmate.gateway.publishing.ConversationIds;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The provider's delivery statuses (Twilio's StatusCallback: MessageSid, MessageStatus, ErrorCode), signed like the
 * webhook. Each is recorded with the message it is about and counted; a final {@code failed} or {@code undelivered}
 * of a reply's message is a {@link ReplyDeliveryFailed}. A status of a message the gateway has no record of (an
 * order code, or one older than the status TTL) is recorded and counted only: there is no conversation to tell.
 */
@Path(SmsStatusResource.PATH)
public class SmsStatusResource {

    static final String PATH = "/v1/sms/status";
    private static final Logger LOG = Logger.getLogger(SmsStatusResource.class);
    private static final Set<String> FAILED = Set.of("failed", "undelivered");

    private final SmsWebhookSignature signature;
    private final SentSegments sent;
    private final ReplyDeliveryFailures failures;
    private final MeterRegistry metrics;

    public SmsStatusResource(SmsWebhookSignature signature, SentSegments sent, ReplyDeliveryFailures failures,
                             MeterRegistry metrics) {
        this.signature = signature;
        this.sent = sent;
        this.failures = failures;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delivery status of an outbound SMS (Twilio StatusCallback format; signed)")
    public Uni<Void> status(MultivaluedMap<String, String> form, @Context UriInfo request,
                            @HeaderParam(SmsWebhookSignature.HEADER) String signed) {
        signature.require(request, signed, form);
        String sid = ConversationIds.requireMessageId(form.getFirst("MessageSid"));
        String status = form.getFirst("MessageStatus") == null ? "unknown"
                : form.getFirst("MessageStatus").strip().toLowerCase(Locale.ROOT);
        String errorCode = blankToNull(form.getFirst("ErrorCode"));
        metrics.counter("shopmate.sms.delivery.status", "status", status).increment();
        return sent.describe(sid).chain(message -> sent.recordStatus(sid, status, errorCode)
                .chain(() -> FAILED.contains(status) ? failed(sid, status, errorCode, message)
                        : Uni.createFrom().voidItem()));
    }

    private Uni<Void> failed(String sid, String status, String errorCode, Map<String, String> message) {
        String conversationId = message.get("conversationId");
        if (conversationId == null) {
            LOG.warnf("SMS %s %s (error %s), and no reply of the gateway's was sent as it", sid, status, errorCode);
            return Uni.createFrom().voidItem();
        }
        String reason = "undelivered".equals(status) ? ReplyDeliveryFailed.UNDELIVERED
                : ReplyDeliveryFailed.DELIVERY_FAILED;
        return failures.report(conversationId, sid, null,
                new ReplyDeliveryFailed(message.get("messageId"), reason, errorCode, sid, 1, true));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
