package com.shopmate.console.conversation;

import com.shopmate.events.HandoffRequested.EmotionReading;
import com.shopmate.events.ShopperIdentity;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as the console knows it: where it is (channel, identity), what the bot said about it when it
 * handed over, and who owns it now.
 *
 * @param status {@code bot}, {@code queued}, {@code claimed} or {@code ticket}
 */
public record Conversation(
        String conversationId,
        String shopId,
        String channel,
        ShopperIdentity identity,
        String customerId,
        String contact,
        String language,
        String status,
        String reason,
        String summary,
        Double risk,
        List<EmotionReading> emotions,
        List<String> orders,
        String owner,
        Instant queuedAt,
        Instant claimedAt,
        String lastUtteranceId) {

    public static final String BOT = "bot";
    public static final String QUEUED = "queued";
    public static final String CLAIMED = "claimed";
    public static final String TICKET = "ticket";

    public Conversation {
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        orders = orders == null ? List.of() : List.copyOf(orders);
    }

    /** The shopper's tone on their last turn before the handover, or null. */
    public EmotionReading latestEmotion() {
        return emotions.isEmpty() ? null : emotions.get(emotions.size() - 1);
    }
}
