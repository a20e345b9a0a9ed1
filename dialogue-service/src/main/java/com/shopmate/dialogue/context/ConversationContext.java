package com.shopmate.dialogue.context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers of a conversation: its language, the last intent and the recent turns, newest last.
 * Later flows resolve references ("那个订单呢?") against these turns.
 *
 * @param exchanges how many times the bot has answered, ever (not just within the kept turns)
 */
public record ConversationContext(String language, String lastIntent, List<Turn> turns, long exchanges) {

    public static final String SHOPPER = "shopper";
    public static final String BOT = "bot";

    public ConversationContext {
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    public static ConversationContext empty() {
        return new ConversationContext(null, null, List.of(), 0);
    }

    /** One thing said; {@code intent} is set for the shopper's turns. */
    public record Turn(String speaker, String text, String intent, Instant at) {
    }

    /** This context after a shopper's turn and the bot's answer, keeping at most {@code maxTurns} turns. */
    public ConversationContext after(Turn shopper, List<Turn> bot, String language, int maxTurns) {
        List<Turn> next = new ArrayList<>(turns);
        next.add(shopper);
        next.addAll(bot);
        int from = Math.max(0, next.size() - maxTurns);
        return new ConversationContext(language, shopper.intent(), next.subList(from, next.size()), exchanges + 1);
    }
}
