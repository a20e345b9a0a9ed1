package com.shopmate.events;

import java.util.List;

/**
 * The bot hands a conversation to people: to the agents' queue in their hours, or as a ticket (a callback or a
 * written answer) outside them. The agent console builds its queue and its tickets from these.
 *
 * @param utteranceId eventId of the {@link UtteranceReceived} on which the bot handed over
 * @param messageId   that utterance's messageId
 * @param reason      why: {@code requested} (the shopper asked), {@code risk} (escalation risk over the threshold),
 *                    {@code fallbacks} (the bot failed to understand too often), {@code flow} (a flow says a person
 *                    must decide), {@code unclaimed} (no agent took the queued conversation in time); an open list
 * @param route       {@code queue} (agents are working: wait for one) or {@code ticket} (outside their hours, or
 *                    nobody claimed: a person answers later)
 * @param summary     a short account of the conversation for the agent, in the conversation's language
 * @param language    {@code zh} or {@code en}
 * @param customerId  the verified customer, or null for an anonymous shopper
 * @param contact     how to reach the shopper for a ticket (a phone number), or null
 * @param orders      order numbers the conversation was about, most recent first
 * @param risk        the escalation risk when the bot handed over, in [0, 1]
 * @param emotions    the shopper's tone turn by turn, oldest first
 */
public record HandoffRequested(
        String utteranceId,
        String messageId,
        String reason,
        String route,
        String summary,
        String language,
        String customerId,
        String contact,
        List<String> orders,
        double risk,
        List<EmotionReading> emotions) implements EventPayload {

    public static final String TYPE = "HandoffRequested";
    public static final int VERSION = 1;
    public static final String QUEUE = "queue";
    public static final String TICKET = "ticket";

    public HandoffRequested {
        RequiredFields.require(utteranceId, "utteranceId");
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(reason, "reason");
        RequiredFields.require(route, "route");
        RequiredFields.require(summary, "summary");
        RequiredFields.require(language, "language");
        orders = orders == null ? List.of() : List.copyOf(orders);
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
    }

    /**
     * The tone of one shopper's turn.
     *
     * @param polarity  {@code positive}, {@code neutral} or {@code negative}
     * @param emotion   as {@link SentimentScored#emotion()}
     * @param intensity in [0, 1]
     * @param text      what the shopper wrote, so an agent sees what the reading is of
     */
    public record EmotionReading(String polarity, String emotion, double intensity, String text) {
        public EmotionReading {
            RequiredFields.require(polarity, "emotions.polarity");
            RequiredFields.require(emotion, "emotions.emotion");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
