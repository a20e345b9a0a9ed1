package com.shopmate.console.live;

/**
 * What changed, for the web app to refresh: {@code queue} (an entry came or went), {@code line} (a transcript got a
 * line) or {@code conversation} (its status or owner changed). Small on purpose: the app reads the rest through the
 * API, with its own permissions.
 */
public record LiveNotice(String kind, String conversationId) {

    public static LiveNotice queue(String conversationId) {
        return new LiveNotice("queue", conversationId);
    }

    public static LiveNotice line(String conversationId) {
        return new LiveNotice("line", conversationId);
    }

    public static LiveNotice conversation(String conversationId) {
        return new LiveNotice("conversation", conversationId);
    }
}
