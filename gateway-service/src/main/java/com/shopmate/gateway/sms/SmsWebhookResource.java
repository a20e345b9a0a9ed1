package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;
import com.shopmate.events.Channel;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.gateway.publishing.ConversationIds;
import com.shopmate.gateway.publishing.InboundMessage;
import com.shopmate.gateway.publishing.UtterancePublisher;
import com.shopmate.gateway.rendering.ReplyOptions;
import com.shopmate.kit.privacy.PersonalData;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Inbound SMS in Twilio's webhook format, signed by the provider ({@link SmsWebhookSignature}). The conversation is
 * keyed by the shopper's phone number and the MessageSid is the messageId, so the provider's retries create no
 * second utterance. STOP, START and HELP are answered here ({@link SmsKeywordAnswers}); other messages, within the
 * number's rate limit, are published for the bot. The reply goes out later through the provider's Messages API
 * ({@link SmsReplyChannel}), so the webhook answers an empty TwiML document.
 */
@Path("/v1/sms/webhook")
public class SmsWebhookResource {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    private static final Logger LOG = Logger.getLogger(SmsWebhookResource.class);

    private final SmsWebhookSignature signature;
    private final SmsKeywordAnswers keywords;
    private final SmsRateLimits limits;
    private final UtterancePublisher publisher;
    private final ReplyOptions options;
    private final MeterRegistry metrics;

    public SmsWebhookResource(SmsWebhookSignature signature, SmsKeywordAnswers keywords, SmsRateLimits limits,
                              UtterancePublisher publisher, ReplyOptions options, MeterRegistry metrics) {
        this.signature = signature;
        this.keywords = keywords;
        this.limits = limits;
        this.publisher = publisher;
        this.options = options;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Inbound SMS (Twilio webhook format: From, To, Body, MessageSid; signed X-Twilio-Signature)")
    public Uni<String> receive(MultivaluedMap<String, String> form, @Context UriInfo request,
                               @HeaderParam(SmsWebhookSignature.HEADER) String signed,
                               @HeaderParam("traceparent") String traceparent) {
        signature.require(request, signed, form);
        String shopper = PhoneNumbers.requireE164("From", form.getFirst("From"));
        PhoneNumbers.requireE164("To", form.getFirst("To"));
        String sid = ConversationIds.requireMessageId(form.getFirst("MessageSid"));
        String body = form.getFirst("Body");
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("empty_text", "Body must not be empty");
        }
        if (body.codePointCount(0, body.length()) > UtteranceReceived.MAX_TEXT_LENGTH) {
            throw ApiException.badRequest("text_too_long", "Body is longer than "
                    + UtteranceReceived.MAX_TEXT_LENGTH + " characters");
        }
        String conversationId = PhoneNumbers.conversationId(shopper);
        MDC.put("conversationId", PersonalData.conversationForLogs(conversationId));
        try {
            var keyword = SmsKeyword.of(body);
            // STOP and START change what the shopper gets: honoured whatever the rate, and they answer once.
            if (keyword.isPresent() && keyword.get() != SmsKeyword.HELP) {
                return keywords.answer(keyword.get(), shopper, sid, body, traceparent)
                        .chain(answered -> answered ? Uni.createFrom().item(EMPTY_TWIML)
                                : limited(shopper, conversationId, sid, body, traceparent));
            }
            return limits.inboundAllowed(shopper).chain(allowed -> {
                if (!allowed) {
                    return Uni.createFrom().failure(tooMany(shopper));
                }
                return keyword.isPresent()
                        ? keywords.answer(keyword.get(), shopper, sid, body, traceparent).replaceWith(EMPTY_TWIML)
                        : publish(shopper, conversationId, sid, body, traceparent);
            });
        } finally {
            MDC.remove("conversationId");
        }
    }

    private Uni<String> limited(String shopper, String conversationId, String sid, String body, String traceparent) {
        return limits.inboundAllowed(shopper).chain(allowed -> allowed
                ? publish(shopper, conversationId, sid, body, traceparent)
                : Uni.createFrom().failure(tooMany(shopper)));
    }

    private Uni<String> publish(String shopper, String conversationId, String sid, String body, String traceparent) {
        // The provider vouches for the sender's number (the request is signed with the provider's account). A digit
        // answers the options the last reply offered.
        return options.understood(conversationId, body.strip())
                .chain(text -> publisher.publishOnce(new InboundMessage(conversationId, sid, text, null,
                        Channel.SMS, shopper, traceparent, ShopperIdentity.smsSender(shopper))))
                .invoke(() -> metrics.counter("shopmate.sms.inbound", "outcome", "published").increment())
                .replaceWith(EMPTY_TWIML);
    }

    // 429, not an empty 200: the provider does not retry a 4xx, and its logs then show why the bot stayed silent.
    private ApiException tooMany(String shopper) {
        metrics.counter("shopmate.sms.inbound", "outcome", "rate_limited").increment();
        LOG.warnf("SMS from %s over its rate limit: not published", PersonalData.maskPhone(shopper));
        return new ApiException(429, "rate_limited", "too many messages from this number in a minute; this one"
                + " was not passed on");
    }
}
