package com.shopmate.events;


/**
 * The tone of one utterance.
 *
 * @param utteranceId  eventId of the {@link UtteranceReceived} this scores
 * @param polarity     {@code positive}, {@code neutral} or {@code negative}
 * @param score        signed polarity in [-1, 1]
 * @param intensity    how strongly it is felt, in [0, 1]
 * @param emotion      {@code anger}, {@code frustration}, {@code anxiety}, {@code satisfaction} or {@code neutral}
 * @param modelVersion the scorer that decided
 */
public record SentimentScored(
        String utteranceId,
        String messageId,
        String polarity,
        double score,
        double intensity,
        String emotion,
        String modelVersion) implements EventPayload {

    public SentimentScored {
        RequiredFields.require(utteranceId, "utteranceId");
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(polarity, "polarity");
        RequiredFields.require(emotion, "emotion");
        RequiredFields.require(modelVersion, "modelVersion");
    }

    public static final String TYPE = "SentimentScored";
    public static final int VERSION = 1;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
