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
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.MDC;

/**
 * Inbound SMS in Twilio's webhook format. The conversation is keyed by the shopper's phone number and the
 * MessageSid is the messageId, so the provider's retries create no second utterance. The reply goes out later
 * through the provider's Messages API ({@link SmsReplyChannel}), so the webhook answers an empty TwiML document.
 */
@Path("/v1/sms/webhook")
public class SmsWebhookResource {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final UtterancePublisher publisher;
    private final ReplyOptions options;

    public SmsWebhookResource(UtterancePublisher publisher, ReplyOptions options) {
        this.publisher = publisher;
        this.options = options;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Inbound SMS (Twilio webhook format: From, To, Body, MessageSid)")
    public Uni<String> receive(@FormParam("From") String from, @FormParam("To") String to,
                               @FormParam("Body") String body, @FormParam("MessageSid") String messageSid,
                               @HeaderParam("traceparent") String traceparent) {
        String shopper = PhoneNumbers.requireE164("From", from);
        PhoneNumbers.requireE164("To", to);
        String sid = ConversationIds.requireMessageId(messageSid);
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
            // The provider vouches for the sender's number (its webhook is signed by the provider's account). A digit
            // answers the options the last reply offered.
            return options.understood(conversationId, body.strip())
                    .chain(text -> publisher.publishOnce(new InboundMessage(conversationId, sid, text, null,
                            Channel.SMS, shopper, traceparent, ShopperIdentity.smsSender(shopper))))
                    .replaceWith(EMPTY_TWIML);
        } finally {
            MDC.remove("conversationId");
        }
    }
}
