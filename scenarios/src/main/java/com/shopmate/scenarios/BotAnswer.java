package com.shopmate.scenarios;

import java.util.List;

/**
 * What the bot sent back for one shopper message: its messages in order and the handoff flag, or why there is no
 * answer (no reply in time, an HTTP error).
 *
 * @param handoff whether the turn handed the conversation to a human; null where the channel does not say (SMS)
 * @param failure why no answer came, null when one did
 */
public record BotAnswer(List<String> messages, Boolean handoff, String failure) {

    public BotAnswer {
        messages = List.copyOf(messages);
    }

    public static BotAnswer of(List<String> messages, Boolean handoff) {
        return new BotAnswer(messages, handoff, null);
    }

    public static BotAnswer none(String failure) {
        return new BotAnswer(List.of(), null, failure);
    }

    public boolean answered() {
        return failure == null;
    }

    /** All messages as one text, the way expectations are checked against them. */
    public String joined() {
        return String.join("\n", messages);
    }
}
