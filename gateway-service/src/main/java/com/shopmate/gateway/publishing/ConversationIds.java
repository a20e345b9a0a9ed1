package com.shopmate.gateway.publishing;

import com.shopmate.errors.ApiException;

import java.util.List;
import java.util.regex.Pattern;

/** Conversation and message ids become Kafka keys and Redis keys: keep them short and printable. */
public final class ConversationIds {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+@-]{0,127}");
    // No ':' in a messageId: it is the last segment of Redis keys made with the conversationId, which may hold ':'.
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+@-]{0,127}");
    /** Conversation ids a channel adapter makes itself; clients of the app channel may not use them. */
    private static final List<String> RESERVED_PREFIXES = List.of("sms:", "wechat:");

    private ConversationIds() {
    }

    public static String requireConversationId(String id) {
        if (id == null || !CONVERSATION_ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_conversation_id", "conversationId must be 1-128 characters of"
                    + " letters, digits and . _ : + @ -, starting with a letter or digit; got '" + shorten(id) + "'");
        }
        return id;
    }

    /** An id a client chose for an app or web conversation: well-formed and not one a channel adapter owns. */
    public static String requireClientConversationId(String id) {
        requireConversationId(id);
        for (String prefix : RESERVED_PREFIXES) {
            if (id.startsWith(prefix)) {
                throw ApiException.badRequest("reserved_conversation_id", "conversation ids starting with '"
                        + prefix + "' belong to another channel");
            }
        }
        return id;
    }

    public static String requireMessageId(String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_message_id", "messageId must be 1-128 characters of"
                    + " letters, digits and . _ + @ -, starting with a letter or digit; got '" + shorten(id) + "'");
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
