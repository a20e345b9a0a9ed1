package com.shopmate.gateway.webchat;

import com.shopmate.errors.ApiError;
import com.shopmate.events.Channel;
import com.shopmate.gateway.history.ConversationHistory;
import com.shopmate.gateway.history.ConversationMessages;
import com.shopmate.gateway.history.HistoryEntry;
import com.shopmate.gateway.identity.ConversationAccess;
import com.shopmate.gateway.publishing.ConversationIds;
import com.shopmate.gateway.publishing.InboundMessage;
import com.shopmate.gateway.publishing.UtterancePublisher;
import com.shopmate.gateway.replies.DeliveredReply;
import com.shopmate.gateway.replies.ReplyWaiters;
import com.shopmate.kit.privacy.PersonalData;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
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
    private final ConversationHistory history;
    private final int maxWaitSeconds;

    public ConversationMessagesResource(UtterancePublisher publisher, ReplyWaiters waiters, ConversationAccess access,
                                        ConversationHistory history,
                                        @ConfigProperty(name = "shopmate.gateway.max-wait-seconds") int maxWaitSeconds) {
        this.publisher = publisher;
        this.waiters = waiters;
        this.access = access;
        this.history = history;
        this.maxWaitSeconds = maxWaitSeconds;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What was said in the conversation", description = "The shopper's messages and the bot's and"
            + " agents' replies, oldest first (the latest 200), with quick replies and cards as they were delivered:"
            + " what a client shows again after a reload or a dropped connection. Only for the conversation's owner:"
            + " its visitor token or the owning customer's token as Authorization: Bearer.")
    @APIResponse(responseCode = "200", description = "the conversation's messages",
            content = @Content(schema = @Schema(implementation = ConversationMessages.class)))
    @APIResponse(responseCode = "401", description = "no credential, or one that is not valid",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "the conversation belongs to another shopper",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "no such conversation was opened",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Uni<ConversationMessages> history(@PathParam("conversationId") String conversationId,
                                             @HeaderParam("Authorization") String authorization) {
        ConversationIds.requireClientConversationId(conversationId);
        return access.admitReader(conversationId, authorization)
                .chain(() -> history.of(conversationId))
                .map(messages -> new ConversationMessages(conversationId, handedOver(messages), messages));
    }

    /** Whether the latest reply (not the shopper's line) left the conversation with a person. */
    private static boolean handedOver(List<HistoryEntry> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            HistoryEntry entry = messages.get(i);
            if (!HistoryEntry.SHOPPER.equals(entry.from())) {
                return Boolean.TRUE.equals(entry.handoff());
            }
        }
        return false;
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
        Instant acceptedAt = Instant.now();
        MDC.put("conversationId", PersonalData.conversationForLogs(conversationId));
        try {
            String text = request.text().strip();
            return access.admitMessage(conversationId, messageId, authorization).chain(admitted -> {
                var message = new InboundMessage(conversationId, messageId, text, request.locale(), channel, null,
                        traceparent, admitted.identity());
                Uni<Boolean> published = publisher.publishOnce(message).call(first -> first
                        ? history.shopperSaid(conversationId, messageId, text, acceptedAt) : Uni.createFrom().voidItem());
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
