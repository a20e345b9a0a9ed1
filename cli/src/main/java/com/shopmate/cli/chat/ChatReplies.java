package com.shopmate.cli.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the gateway's answer to one message into the lines the chat prints: each reply's text after {@code bot> },
 * its quick replies below it as {@code [a] [b]}, or an error in words after {@code ! }. It reads exactly what the
 * gateway sends ({@code DeliveredReply} and {@code ApiError} there); anything else is shown as unexpected, not
 * guessed at.
 */
final class ChatReplies {

    static final String BOT = "bot> ";
    static final String REPLY_TIMEOUT = "reply_timeout";
    private static final String BELOW_BOT = " ".repeat(BOT.length());
    // A field the gateway adds later is optional by the contract's rules: it must not turn a reply into an error.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The 200 answer: {@code {"messageId": "...", "replies": [{"text": "...", "quickReplies": ["..."]}]}}. */
    record Delivered(String messageId, List<Reply> replies) {
        Delivered {
            require(messageId, "messageId");
            require(replies, "replies");
        }
    }

    record Reply(String text, List<String> quickReplies) {
        Reply {
            require(text, "text");
            quickReplies = quickReplies == null ? List.of() : quickReplies;
        }
    }

    /** Every error answer: {@code {"error": "reply_timeout", "message": "no reply within 10 s; ..."}}. */
    record ApiError(String error, String message) {
        ApiError {
            require(error, "error");
            require(message, "message");
        }
    }

    private ChatReplies() {
    }

    /** The visitor token the answer to an anonymous conversation's first message carries, if this is one. */
    static Optional<String> visitorToken(String body) {
        try {
            return Optional.ofNullable(JSON.readTree(body).path("visitorToken").textValue()).filter(t -> !t.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<String> render(int status, String body) {
        if (status >= 400) {
            return error(body)
                    .map(e -> List.of("! " + e.error() + " (HTTP " + status + "): " + e.message()))
                    .orElse(List.of("! HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body))));
        }
        Optional<Delivered> delivered = status == 200 ? parse(body, Delivered.class) : Optional.empty();
        if (delivered.isEmpty()) {
            return List.of("! unexpected answer (HTTP " + status + "): " + abbreviate(body));
        }
        if (delivered.get().replies().isEmpty()) {
            return List.of("(the bot sent an empty reply)");
        }
        List<String> lines = new ArrayList<>();
        for (Reply reply : delivered.get().replies()) {
            lines.add(BOT + reply.text());
            if (!reply.quickReplies().isEmpty()) {
                lines.add(BELOW_BOT + String.join(" ", reply.quickReplies().stream().map(q -> "[" + q + "]").toList()));
            }
        }
        return lines;
    }

    /** Whether the gateway gave up waiting for the reply: the message is queued, and asking again may get it. */
    static boolean isReplyTimeout(int status, String body) {
        return status == 504 && error(body).map(e -> e.error().equals(REPLY_TIMEOUT)).orElse(false);
    }

    private static Optional<ApiError> error(String body) {
        return parse(body, ApiError.class);
    }

    private static <T> Optional<T> parse(String body, Class<T> shape) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(body, shape));
        } catch (JsonProcessingException e) {
            // not JSON, or not this shape (a missing field fails in the record's constructor)
            return Optional.empty();
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
