package com.shopmate.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.scenarios.Scenario.Channel;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The app or web chat: {@code POST /v1/conversations/{id}/messages?wait=N}, as a logged-in customer (their token) or
 * an anonymous visitor (no token, then the {@code visitorToken} the first answer carries).
 */
final class RestChatSession implements ChatSession {

    /** The longest the gateway holds a request open ({@code shopmate.gateway.max-wait-seconds}). */
    static final int MAX_WAIT_SECONDS = 10;
    /** Beyond the gateway's own wait, so that its 504 arrives rather than a client timeout. */
    private static final Duration HTTP_SLACK = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gateway gateway;
    private final String path;
    private final Channel channel;
    private final String customerToken;
    private final Duration timeout;
    private String visitorToken;

    /** @param customerToken the customer's token, or null for an anonymous visitor */
    RestChatSession(Gateway gateway, String conversationId, Channel channel, String customerToken, Duration timeout) {
        this.gateway = gateway;
        this.path = "/v1/conversations/" + URLEncoder.encode(conversationId, UTF_8) + "/messages";
        this.channel = channel;
        this.customerToken = customerToken;
        this.timeout = timeout;
    }

    @Override
    public BotAnswer send(String text) {
        // One messageId for the message and its re-sends: the gateway queues it once and answers each with its reply.
        String messageId = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(timeout);
        try {
            String body = JSON.writeValueAsString(Map.of("messageId", messageId, "text", text,
                    "channel", channel.wireName()));
            while (true) {
                long left = Duration.between(Instant.now(), deadline).toSeconds();
                long wait = Math.max(1, Math.min(MAX_WAIT_SECONDS, left));
                String credential = customerToken != null ? customerToken : visitorToken;
                HttpResponse<String> response = gateway.postJson(path + "?wait=" + wait, body, credential,
                        Duration.ofSeconds(wait).plus(HTTP_SLACK));
                JsonNode answer = json(response.body());
                if (visitorToken == null && answer.path("visitorToken").isTextual()) {
                    visitorToken = answer.path("visitorToken").asText();
                }
                if (response.statusCode() == 200) {
                    return delivered(answer);
                }
                boolean late = response.statusCode() == 504 && "reply_timeout".equals(answer.path("error").asText());
                if (!late) {
                    return BotAnswer.none("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
                }
                if (Duration.between(Instant.now(), deadline).toSeconds() < 1) {
                    return BotAnswer.none("no reply within " + timeout.toSeconds() + " s");
                }
            }
        } catch (HttpTimeoutException e) {
            return BotAnswer.none("the gateway did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return BotAnswer.none("cannot reach the gateway at " + gateway.url() + ": " + e);
        }
    }

    // The turn's handoff flag: an answer without one (a gateway before the flag) hands nothing off.
    private static BotAnswer delivered(JsonNode answer) {
        List<String> texts = new ArrayList<>();
        answer.path("replies").forEach(reply -> texts.add(reply.path("text").asText("")));
        return BotAnswer.of(texts, answer.path("handoff").asBoolean(false));
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
