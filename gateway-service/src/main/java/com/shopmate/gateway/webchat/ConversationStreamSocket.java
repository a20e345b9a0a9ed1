package com.shopmate.gateway.webchat;

import com.shopmate.errors.ApiException;
import com.shopmate.gateway.publishing.ConversationIds;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;

/**
 * {@code /v1/conversations/{id}/stream}: replies of the conversation are pushed here as they are composed, each a
 * {@link com.shopmate.gateway.replies.DeliveredReply} as a waiting request gets it.
 */
@WebSocket(path = "/v1/conversations/{conversationId}/stream")
public class ConversationStreamSocket {

    private static final int POLICY_VIOLATION = 1008;

    private final ReplyStreams streams;

    public ConversationStreamSocket(ReplyStreams streams) {
        this.streams = streams;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        String conversationId = connection.pathParam("conversationId");
        try {
            ConversationIds.requireClientConversationId(conversationId);
        } catch (ApiException e) {
            return connection.close(new CloseReason(POLICY_VIOLATION, e.code()));
        }
        streams.opened(conversationId, connection);
        return Uni.createFrom().voidItem();
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        streams.closed(connection.pathParam("conversationId"), connection);
    }
}
