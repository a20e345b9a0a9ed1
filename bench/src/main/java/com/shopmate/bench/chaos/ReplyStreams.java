package com.shopmate.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the shoppers' screens show: each conversation's reply stream ({@code /v1/conversations/{id}/stream}) kept
 * open as the app keeps it, opened again a second after the gateway drops it. Every push is counted against the
 * messageId it answers, so a reply the shopper would see twice shows up here even when the Kafka topic holds it
 * once. A push missed while the stream was down is not a lost reply (the app reads the history then); the topic
 * decides lost.
 */
public final class ReplyStreams implements AutoCloseable {

    private static final Duration REOPEN_AFTER = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI gateway;
    private final MessageLedger ledger;
    private final ScheduledExecutorService reopen = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "chaos-stream-reopen");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentHashMap<String, WebSocket> open = new ConcurrentHashMap<>();
    private final AtomicLong reopened = new AtomicLong();
    private volatile boolean running = true;

    public ReplyStreams(HttpClient http, URI gateway, MessageLedger ledger) {
        this.http = http;
        this.gateway = gateway;
        this.ledger = ledger;
    }

    /** Opens the stream of every conversation, each with the token its messages carry. */
    public void openAll(List<String> conversationIds, List<String> tokens) {
        for (int i = 0; i < conversationIds.size(); i++) {
            connect(conversationIds.get(i), tokens.get(i));
        }
    }

    /** How many times a dropped stream was opened again. */
    public long reopened() {
        return reopened.get();
    }

    private void connect(String conversationId, String token) {
        if (!running) {
            return;
        }
        String base = gateway.toString().replaceFirst("^http", "ws");
        http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create(base + "/v1/conversations/" + conversationId + "/stream"),
                        new Listener(conversationId, token))
                .whenComplete((socket, failure) -> {
                    if (failure != null) {
                        reconnectLater(conversationId, token);
                    } else {
                        open.put(conversationId, socket);
                    }
                });
    }

    private void reconnectLater(String conversationId, String token) {
        open.remove(conversationId);
        if (running) {
            reopened.incrementAndGet();
            reopen.schedule(() -> connect(conversationId, token), REOPEN_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        running = false;
        reopen.shutdownNow();
        open.values().forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bench done"));
        open.clear();
    }

    private final class Listener implements WebSocket.Listener {
        private final String conversationId;
        private final String token;
        private final StringBuilder text = new StringBuilder();

        private Listener(String conversationId, String token) {
            this.conversationId = conversationId;
            this.token = token;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    String messageId = JSON.readTree(text.toString()).path("messageId").asText("");
                    if (!messageId.isEmpty()) {
                        ledger.pushed(messageId);
                    }
                } catch (IOException e) {
                    // not a reply: nothing to count
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            reconnectLater(conversationId, token);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            reconnectLater(conversationId, token);
        }
    }
}
