package com.shopmate.gateway.webchat;

import com.shopmate.errors.ApiError;
import com.shopmate.events.Channel;
import com.shopmate.gateway.identity.ConversationAccess;
import com.shopmate.gateway.publishing.ConversationIds;
import com.shopmate.gateway.publishing.InboundMessage;
import com.shopmate.gateway.publishing.UtterancePublisher;
import com.shopmate.gateway.replies.DeliveredReply;
import com.shopmate.gateway.replies.ReplyWaiters;
import com.shopmate.kit.privacy.PersonalData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.UUID;

/**
 * The app and web chat channels: a shopper's message in, its replies out (now, or later on the WebSocket). The web
 * widget says {@code "channel": "web"} in the body; the shop's app says {@code app} or nothing.
 */
@Path("/v1/conversations/{conversationId}/messages")
public class ConversationMessagesResource {

    private final UtterancePublisher publisher;
    private final ReplyWaiters waiters;
    private final ConversationAccess access;
    private final int maxWaitSeconds;

    public ConversationMessagesResource(UtterancePublisher publisher, ReplyWaiters waiters, ConversationAccess access,
                                        @ConfigProperty(name = "shopmate.gateway.max-wait-seconds") int maxWaitSeconds) {
        this.publisher = publisher;
        this.waiters = waiters;
        this.access = access;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a shopper's message", description = "Queues the message and answers 202. With"
            + " ?wait=N (seconds, at most 10) answers 200 with the replies once composed, or 504 if none in time:"
            + " each message's text, quick replies and, when it is about an order, parcel, return or product, a card;"
            + " handoff is true on the turn that hands the conversation to a human agent. The WebSocket stream"
            + " pushes the same answer, without visitorToken."
            + " Re-sending the same messageId creates no second message and returns the same answer. The web widget"
            + " sends channel web, the shop's app app or nothing; replies come back the same way for both. A logged-in"
            + " customer sends the shop's token as Authorization: Bearer; the first message of an anonymous"
            + " conversation gets a visitorToken, which its later requests send the same way (docs/identity.md).")
    @APIResponse(responseCode = "202", description = "queued",
            content = @Content(schema = @Schema(implementation = MessageAccepted.class)))
    @APIResponse(responseCode = "200", description = "the replies and the handoff flag (with ?wait)",
            content = @Content(schema = @Schema(implementation = DeliveredReply.class)))
    @APIResponse(responseCode = "400", description = "invalid message",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "a token that is not valid (expired, not the shop's)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "the conversation belongs to another shopper",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "the same messageId is being queued by another request",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "504", description = "no reply within the wait",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<Response> send(@PathParam("conversationId") String conversationId,
                              @Parameter(description = "seconds to wait for the replies, 0-10")
                              @QueryParam("wait") String wait,
                              @HeaderParam("traceparent") String traceparent,
                              @HeaderParam("Authorization") String authorization,
                              SendMessageRequest request) {
        ConversationIds.requireClientConversationId(conversationId);
        Channel channel = SendMessageValidator.validate(request);
        int waitSeconds = SendMessageValidator.waitSeconds(wait, maxWaitSeconds);
        String messageId = request.messageId() != null ? request.messageId() : UUID.randomUUID().toString();
        MDC.put("conversationId", PersonalData.conversationForLogs(conversationId));
        try {
            String text = request.text().strip();
            return access.admitMessage(conversationId, messageId, authorization).chain(admitted -> {
                var message = new InboundMessage(conversationId, messageId, text, request.locale(), channel, null,
                        traceparent, admitted.identity());
                Uni<Boolean> published = publisher.publishOnce(message);
                if (waitSeconds == 0) {
                    return published.replaceWith(Response.accepted(
                            new MessageAccepted(messageId, admitted.visitorToken())).build());
                }
                return published
                        .chain(() -> waiters.await(conversationId, messageId, Duration.ofSeconds(waitSeconds)))
                        .map(reply -> Response.ok(DeliveredReply.of(reply.payload()).answering(messageId)
                                .withVisitorToken(admitted.visitorToken())).build());
            });
        } finally {
            MDC.remove("conversationId");
        }
    }
}
