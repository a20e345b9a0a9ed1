package com.shopmate.console.transcript;

import java.time.Instant;

/**
 * One line of a conversation's transcript.
 *
 * @param author    {@code shopper}, {@code bot}, {@code agent}, {@code note} (an agent's internal note, never sent)
 *                  or {@code system} (what happened: handed over, claimed, transferred, handed back)
 * @param agentName the agent's display name on agent and note lines
 * @param messageId the shopper's messageId, or the reply's
 */
public record TranscriptLine(Instant at, String author, String agentName, String text, String messageId) {

    public static final String SHOPPER = "shopper";
    public static final String BOT = "bot";
    public static final String AGENT = "agent";
    public static final String NOTE = "note";
    public static final String SYSTEM = "system";

    /** Whether the shopper saw it: notes and system lines are the console's own. */
    public boolean internal() {
        return NOTE.equals(author) || SYSTEM.equals(author);
    }
}
