package com.shopmate.gateway.webchat;

import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open WebSocket streams of each conversation (a shopper may have the chat open in two tabs). */
@ApplicationScoped
public class ReplyStreams {

    private final Map<String, Set<WebSocketConnection>> byConversation = new ConcurrentHashMap<>();

    void opened(String conversationId, WebSocketConnection connection) {
        byConversation.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void closed(String conversationId, WebSocketConnection connection) {
        byConversation.computeIfPresent(conversationId, (id, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    Set<WebSocketConnection> of(String conversationId) {
        return byConversation.getOrDefault(conversationId, Set.of());
    }
}
