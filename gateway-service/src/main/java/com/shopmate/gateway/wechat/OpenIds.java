package com.shopmate.gateway.wechat;

import com.shopmate.errors.ApiException;

import java.util.regex.Pattern;

/** A WeChat conversation is keyed by the shopper's openid (unique per official account, stable across visits). */
final class OpenIds {

    // WeChat's openids are 28 characters of letters, digits, '-' and '_'; a little slack for other account types.
    private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{6,64}");
    static final String CONVERSATION_PREFIX = "wechat:";

    private OpenIds() {
    }

    static String require(String field, String openid) {
        if (openid == null || !OPENID.matcher(openid).matches()) {
            throw ApiException.badRequest("invalid_openid", field + " must be a WeChat openid (6-64 letters, digits,"
                    + " '-' or '_')");
        }
        return openid;
    }

    static String conversationId(String openid) {
        return CONVERSATION_PREFIX + openid;
    }

    /** The openid of a WeChat conversation: the gateway keyed it so, and replies go back to it. */
    static String openidOf(String conversationId) {
        if (!conversationId.startsWith(CONVERSATION_PREFIX)) {
            throw new IllegalArgumentException("not a WeChat conversation: " + conversationId);
        }
        return require("conversationId", conversationId.substring(CONVERSATION_PREFIX.length()));
    }

    /** Enough of an openid to follow it through the logs, not enough to write to the shopper. */
    static String forLogs(String openid) {
        return openid == null || openid.length() < 8 ? "?" : openid.substring(0, 4) + "…"
                + openid.substring(openid.length() - 2);
    }
}
