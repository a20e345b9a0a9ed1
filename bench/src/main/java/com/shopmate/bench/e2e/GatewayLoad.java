package com.shopmate.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.load.BenchTraffic;
import com.shopmate.bench.load.OpenLoopDriver;
import com.shopmate.bench.load.OpenLoopSchedule;
import com.shopmate.bench.stats.LatencyRecorder;
import com.shopmate.bench.stats.LatencySummary;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Message → reply through the platform: each message is a {@code POST /v1/conversations/{id}/messages?wait=10},
 * answered 200 with the replies once the dialogue has composed them. Latency runs from the message's scheduled
 * send time to the 200. Like a shopper's, each conversation is opened by a first message (not measured): a logged-in
 * customer's with their customer token, which every later message carries too; an anonymous shopper's without,
 * and its answer carries the visitor token that later messages send.
 */
public final class GatewayLoad {

    /** The longest the gateway waits for a reply before answering 504. */
    static final int WAIT_SECONDS = 10;
    // Longer than the gateway's own wait, so its 504 arrives first; this only catches a connection that hangs.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(WAIT_SECONDS + 5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI gateway;
    private final BenchTraffic traffic;
    private final HttpClient http;
    private final CustomerTokens customerTokens;
    private final String[] conversationTokens;

    /** Mints the token a logged-in customer's app sends (the shop's login; the local stack's demo key). */
    @FunctionalInterface
    public interface CustomerTokens {
        String tokenFor(String customerId);
    }

    public GatewayLoad(URI gateway, BenchTraffic traffic) {
        this(gateway, traffic, customerId -> {
            throw new BenchFailure("no customer tokens to log " + customerId + " in with");
        });
    }

    public GatewayLoad(URI gateway, BenchTraffic traffic, CustomerTokens customerTokens) {
        this.gateway = gateway;
        this.traffic = traffic;
        this.customerTokens = customerTokens;
        this.conversationTokens = new String[traffic.conversations()];
        // HTTP/1.1 like the web and app clients; the client opens as many connections as there are open requests.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    /** Fails with a clear message unless something answers HTTP at the gateway's address. */
    public void checkReachable() {
        var request = HttpRequest.newBuilder(gateway.resolve("/q/health/ready")).timeout(CONNECT_TIMEOUT).GET().build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new BenchFailure("gateway not reachable at " + gateway + " (" + describe(e) + "): is the stack"
                    + " running? Pass --gateway URL or --stack-env FILE to point the bench at it.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while checking the gateway", e);
        }
    }

    /** Opens every conversation as its shopper would, keeping the token each one's messages carry. */
    public void openConversations() {
        for (int i = 0; i < conversationTokens.length; i++) {
            String conversation = traffic.conversationId(i);
            String customer = traffic.customerOf(i);
            String customerToken = customer == null ? null : customerTokens.tokenFor(customer);
            var body = JSON.createObjectNode().put("messageId", conversation + "-open").put("text", "你好");
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/v1/conversations/" + conversation
                            + "/messages"))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (customerToken != null) {
                request.header("Authorization", "Bearer " + customerToken);
            }
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String token = answer.statusCode() != 202 ? ""
                        : customerToken != null ? customerToken
                        : JSON.readTree(answer.body()).path("visitorToken").asText("");
                if (token.isEmpty()) {
                    throw new BenchFailure("the gateway did not open conversation " + conversation + ": HTTP "
                            + answer.statusCode() + " " + answer.body());
                }
                conversationTokens[i] = token;
            } catch (IOException e) {
                throw new BenchFailure("cannot open conversation " + conversation + ": " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while opening the conversations", e);
            }
        }
    }

    /** The token conversation {@code conversation}'s messages carry; null before {@link #openConversations()}. */
    public String tokenOf(int conversation) {
        return conversationTokens[conversation];
    }

    public LatencySummary run(OpenLoopSchedule schedule) throws InterruptedException {
        return run(schedule, 0);
    }

    /**
     * @param firstIndex the traffic index of the schedule's first message: runs one after the other (the capacity
     *                   steps) go on from where the last stopped, so no message id is sent twice
     */
    public LatencySummary run(OpenLoopSchedule schedule, long firstIndex) throws InterruptedException {
        var recorder = new LatencyRecorder();
        List<CompletableFuture<Void>> answers = new ArrayList<>((int) Math.min(schedule.totalCount(), 1 << 20));
        new OpenLoopDriver().run(schedule, (index, intendedNanos) -> {
            boolean measured = !schedule.isWarmup(index);
            if (measured) {
                recorder.sent(intendedNanos);
            }
            CompletableFuture<Void> answer = http.sendAsync(request(firstIndex + index),
                            HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        if (measured) {
                            record(recorder, intendedNanos, System.nanoTime(), response, failure);
                        }
                        return null;
                    });
            if (measured) {
                answers.add(answer);
            }
        });
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Whatever is still open is reported as no_reply by the summary.
        }
        return recorder.summary();
    }

    private HttpRequest request(long index) {
        var body = JSON.createObjectNode()
                .put("messageId", traffic.messageId(index))
                .put("text", traffic.text(index));
        URI uri = gateway.resolve("/v1/conversations/" + traffic.conversationId(index) + "/messages?wait=" + WAIT_SECONDS);
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + conversationTokens[traffic.conversationIndex(index)])
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private static void record(LatencyRecorder recorder, long intendedNanos, long doneNanos,
                               HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            recorder.failed(errorKind(failure), doneNanos);
        } else if (response.statusCode() != 200) {
            recorder.failed("http_" + response.statusCode(), doneNanos);
        } else if (!hasReplies(response.body())) {
            recorder.failed("http_200_without_replies", doneNanos);
        } else {
            recorder.received(intendedNanos, doneNanos);
        }
    }

    static boolean hasReplies(String body) {
        try {
            JsonNode replies = JSON.readTree(body).path("replies");
            return replies.isArray() && !replies.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The kind of a failed send: {@code connect_failed}, {@code timeout}, {@code io_<exception>}, …. */
    public static String errorKind(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect_timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connect_failed";
        }
        return "io_" + cause.getClass().getSimpleName();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof ConnectException && (message == null || message.isBlank())) {
            return "connection refused";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
