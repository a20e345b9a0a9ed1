package com.shopmate.gateway.sms;

import com.shopmate.errors.ApiException;

import java.util.regex.Pattern;

/** SMS conversations are keyed by the shopper's number, so it must be a proper E.164 number. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private PhoneNumbers() {
    }

    public static String requireE164(String field, String phone) {
        String trimmed = phone == null ? "" : phone.trim();
        if (!E164.matcher(trimmed).matches()) {
            throw ApiException.badRequest("invalid_phone", field + " must be an E.164 number like +8613800138000;"
                    + " got '" + trimmed + "'");
        }
        return trimmed;
    }

    private static final String CONVERSATION_PREFIX = "sms:";

    static String conversationId(String e164) {
        return CONVERSATION_PREFIX + e164;
    }

    /** The shopper's number of an SMS conversation: the gateway keyed it so, and replies go back to it. */
    static String phoneOf(String conversationId) {
        if (!conversationId.startsWith(CONVERSATION_PREFIX)) {
            throw new IllegalArgumentException("not an SMS conversation: " + conversationId);
        }
        return requireE164("conversationId", conversationId.substring(CONVERSATION_PREFIX.length()));
    }
}
