package com.shopmate.dialogue.context;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConversationContextTest {

    @Test
    void keepsOnlyTheNewestTurnsAndRemembersLanguageAndIntent() {
        ConversationContext context = ConversationContext.empty();
        for (int i = 0; i < 6; i++) {
            context = context.after(turn(ConversationContext.SHOPPER, "q" + i, "greet"),
                    List.of(turn(ConversationContext.BOT, "a" + i, null)), "en", 4);
        }
        assertEquals(List.of("q4", "a4", "q5", "a5"), context.turns().stream().map(ConversationContext.Turn::text)
                .toList());
        assertEquals("en", context.language());
        assertEquals("greet", context.lastIntent());
        assertEquals(6, context.exchanges(), "counts every exchange, not just the kept ones");
    }

    private static ConversationContext.Turn turn(String speaker, String text, String intent) {
        return new ConversationContext.Turn(speaker, text, intent, Instant.parse("2026-12-01T08:00:00Z"));
    }
}
