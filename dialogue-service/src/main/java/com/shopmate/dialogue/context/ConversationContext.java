package com.shopmate.dialogue.context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers of a conversation: its language, the last intent, the recent turns (newest last) and what
 * the flows need across turns ({@link Memory}: the orders and products mentioned, the list just shown, the flow
 * under way and the ones it interrupted).
 *
 * @param exchanges how many times the bot has answered, ever (not just within the kept turns)
 */
public record ConversationContext(String language, String lastIntent, List<Turn> turns, long exchanges,
                                  Memory memory) {

    public static final String SHOPPER = "shopper";
    public static final String BOT = "bot";

    public ConversationContext {
        turns = turns == null ? List.of() : List.copyOf(turns);
        memory = memory == null ? Memory.EMPTY : memory;
    }

    public static ConversationContext empty() {
        return new ConversationContext(null, null, List.of(), 0, Memory.EMPTY);
    }

    public ConversationContext withMemory(Memory next) {
        return new ConversationContext(language, lastIntent, turns, exchanges, next);
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
        return new ConversationContext(language, shopper.intent(), next.subList(from, next.size()), exchanges + 1,
                memory);
    }
}
