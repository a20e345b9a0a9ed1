package com.shopmate.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.e2e.GatewayLoad;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a shopper's message as a real app does while the gateway comes and goes: {@code POST} without waiting for
 * the reply (202 = accepted), and on a refused connection, a timeout, a 5xx or a 409 (the same messageId still in
 * flight) it sends the very same messageId again after a growing pause, until the gateway accepts it or
 * {@code giveUp} has passed. A message is never dropped on the client side; the gateway's dedupe makes the re-sends
 * safe.
 */
public final class PersistentSender {

    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(4);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI gateway;
    private final HttpClient http;
    private final MessageLedger ledger;
    private final Duration giveUp;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "chaos-resend");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger open = new AtomicInteger();

    public PersistentSender(URI gateway, HttpClient http, MessageLedger ledger, Duration giveUp) {
        this.gateway = gateway;
        this.http = http;
        this.ledger = ledger;
        this.giveUp = giveUp;
    }

    /** Sends now and keeps re-sending in the background; returns at once. */
    public void send(String conversationId, String token, String messageId, String text, long intendedNanos) {
        ledger.sending(messageId, intendedNanos);
        open.incrementAndGet();
        attempt(request(conversationId, token, messageId, text), messageId, System.nanoTime() + giveUp.toNanos(),
                FIRST_PAUSE);
    }

    /** Messages still neither accepted nor given up. */
    public int open() {
        return open.get();
    }

    public void close() {
        retries.shutdownNow();
    }

    private void attempt(HttpRequest request, String messageId, long giveUpAtNanos, Duration pause) {
        CompletableFuture<HttpResponse<Void>> sent = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        sent.whenComplete((response, failure) -> {
            String refusal = failure != null ? GatewayLoad.errorKind(failure) : refusal(response.statusCode());
            if (refusal == null) {
                ledger.accepted(messageId);
                open.decrementAndGet();
                return;
            }
            ledger.rejected(messageId, refusal);
            if (refusal.startsWith("http_4") && !"http_409".equals(refusal) || System.nanoTime() > giveUpAtNanos) {
                // A 4xx other than 409 will not change on a re-send: the bench sent something wrong.
                open.decrementAndGet();
                return;
            }
            Duration next = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            retries.schedule(() -> attempt(request, messageId, giveUpAtNanos, next), pause.toMillis(),
                    TimeUnit.MILLISECONDS);
        });
    }

    /** Null when the gateway took the message; else the kind of refusal. */
    static String refusal(int status) {
        return status == 202 || status == 200 ? null : "http_" + status;
    }

    private HttpRequest request(String conversationId, String token, String messageId, String text) {
        var body = JSON.createObjectNode().put("messageId", messageId).put("text", text);
        return HttpRequest.newBuilder(gateway.resolve("/v1/conversations/" + conversationId + "/messages"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }
}
