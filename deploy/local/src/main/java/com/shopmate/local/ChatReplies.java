package com.shopmate.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the gateway's answer to one message into the lines the chat prints: each reply's text after
 * {@code bot> }, its quick replies below it as {@code [a] [b]}, or an error in words after {@code ! }. It reads replies wherever the answer nests them ({@code replies},
 * {@code reply}, or a bare list), so it does not break when the gateway wraps them differently.
 */
final class ChatReplies {

    static final String BOT = "bot> ";
    private static final String BELOW_BOT = " ".repeat(BOT.length());
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatReplies() {
    }

    static List<String> render(int status, String body, int waitSeconds) {
        JsonNode root = parse(body);
        if (status >= 400) {
            if (root != null && root.hasNonNull("message")) {
                String error = root.path("error").asText("error");
                return List.of("! " + error + " (HTTP " + status + "): " + root.get("message").asText());
            }
            return List.of("! HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body)));
        }
        List<String> lines = new ArrayList<>();
        if (root != null) {
            collect(root, lines);
        }
        if (lines.isEmpty()) {
            lines.add(root == null && !body.isBlank()
                    ? "(unexpected answer: " + abbreviate(body) + ")"
                    : "(no reply within " + waitSeconds + " s; it may still come on the WebSocket)");
        }
        return lines;
    }

    private static void collect(JsonNode node, List<String> lines) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, lines));
        } else if (node.isTextual()) {
            lines.add(BOT + node.asText());
        } else if (node.isObject()) {
            if (node.hasNonNull("text")) {
                lines.add(BOT + node.get("text").asText());
                String buttons = quickReplies(node.path("quickReplies"));
                if (!buttons.isEmpty()) {
                    lines.add(BELOW_BOT + buttons);
                }
            }
            if (node.has("replies")) {
                collect(node.get("replies"), lines);
            } else if (node.has("reply")) {
                collect(node.get("reply"), lines);
            }
        }
    }

    private static String quickReplies(JsonNode quickReplies) {
        List<String> buttons = new ArrayList<>();
        for (JsonNode quickReply : quickReplies) {
            String label = quickReply.isTextual() ? quickReply.asText()
                    : quickReply.path("title").asText(quickReply.path("text").asText(quickReply.toString()));
            buttons.add("[" + label + "]");
        }
        return String.join(" ", buttons);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
