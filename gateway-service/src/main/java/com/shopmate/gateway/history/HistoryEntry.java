package com.shopmate.gateway.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shopmate.events.ReplyComposed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One message of a conversation as its owner's client shows it again after a reload. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        @Schema(description = "the shopper's messageId; the bot's and agents' messages carry the id of the shopper's"
                + " message they answer", required = true)
        String messageId,
        @Schema(description = "shopper, bot or agent", required = true)
        String from,
        @Schema(description = "the agent's display name, for from = agent")
        String agentName,
        @Schema(required = true)
        String text,
        @Schema(description = "suggested answers the bot offered with this message")
        List<String> quickReplies,
        @Schema(description = "the order, parcel, return or product the message is about")
        ReplyComposed.Card card,
        @Schema(description = "true on the bot's message that handed the conversation to a person and on an agent's")
        Boolean handoff,
        @Schema(description = "when the gateway accepted or delivered it", required = true)
        Instant at) {

    public static final String SHOPPER = "shopper";
    public static final String BOT = "bot";
    public static final String AGENT = "agent";

    /** The same entry stamped with a time; the stored form has none, so a re-sent message is one entry. */
    HistoryEntry at(Instant time) {
        return new HistoryEntry(messageId, from, agentName, text, quickReplies, card, handoff, time);
    }
}
