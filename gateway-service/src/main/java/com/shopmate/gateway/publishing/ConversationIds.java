package com.shopmate.gateway.publishing;

import com.shopmate.gateway.errors.ApiException;

import java.util.regex.Pattern;

/** Conversation and message ids become Kafka keys and Redis keys: keep them short and printable. */
public final class ConversationIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+@-]{0,127}");

    private ConversationIds() {
    }

    public static String requireConversationId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_conversation_id", "conversationId must be 1-128 characters of"
                    + " letters, digits and . _ : + @ -, starting with a letter or digit; got '" + shorten(id) + "'");
        }
        return id;
    }

    public static String requireMessageId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_message_id", "messageId must be 1-128 characters of"
                    + " letters, digits and . _ : + @ -, starting with a letter or digit; got '" + shorten(id) + "'");
        }
        return id;
    }

    private static String shorten(String id) {
        if (id == null) {
            return "";
        }
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
