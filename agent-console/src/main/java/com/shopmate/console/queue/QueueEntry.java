package com.shopmate.console.queue;

import com.shopmate.console.conversation.Conversation;
import com.shopmate.events.HandoffRequested.EmotionReading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A queued conversation as an agent choosing what to claim sees it. */
public record QueueEntry(String conversationId, String channel, String language, String reason, String summary,
                         List<EmotionReading> emotions, EmotionReading latestEmotion, Double risk,
                         List<String> orders, String customerId, Instant queuedAt, long waitingSeconds) {

    public static QueueEntry of(Conversation c, Instant now) {
        long waiting = c.queuedAt() == null ? 0 : Math.max(0, Duration.between(c.queuedAt(), now).toSeconds());
        return new QueueEntry(c.conversationId(), c.channel(), c.language(), c.reason(), c.summary(), c.emotions(),
                c.latestEmotion(), c.risk(), c.orders(), c.customerId(), c.queuedAt(), waiting);
    }
}
