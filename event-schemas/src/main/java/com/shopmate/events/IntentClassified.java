package com.shopmate.events;

import java.util.List;

/**
 * What the NLU understood of one utterance.
 *
 * @param utteranceId  eventId of the {@link UtteranceReceived} this classifies
 * @param text         the utterance's text, so downstream services need not read the utterance topic
 * @param language     detected language, {@code zh} or {@code en}
 * @param intent       the top intent, {@code out_of_scope} when nothing fits
 * @param confidence   the top intent's confidence in [0, 1]
 * @param alternatives the next best intents, best first (at most 3)
 * @param entities     entities found in the text, with spans into {@code text}
 * @param modelVersion the classifier that decided, for audits and A/B comparison
 */
public record IntentClassified(
        String utteranceId,
        String messageId,
        String text,
        String language,
        String intent,
        double confidence,
        List<IntentScore> alternatives,
        List<Entity> entities,
        String modelVersion) implements EventPayload {

    public static final String TYPE = "IntentClassified";
    public static final int VERSION = 1;

    public IntentClassified {
        RequiredFields.require(utteranceId, "utteranceId");
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(text, "text");
        RequiredFields.require(language, "language");
        RequiredFields.require(intent, "intent");
        RequiredFields.require(modelVersion, "modelVersion");
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }

    public record IntentScore(String intent, double confidence) {
    }

    /**
     * An entity; {@code start} and {@code end} are UTF-16 offsets into the utterance text, end exclusive.
     *
     * @param source     what found it, optional (absent from producers before it was added): {@code rule} (a
     *                   built-in recognizer: its value has the documented format), {@code lookup} (a phrase the
     *                   training data lists), {@code regex} (a pattern the training data declares) or {@code tagger}
     *                   (learned from the annotated examples: a value that may never have been seen)
     * @param confidence the tagger's confidence in [0, 1]; absent for the other sources, which match or do not
     */
    public record Entity(String type, String value, int start, int end, String source, Double confidence) {

        public static final String RULE = "rule";
        public static final String LOOKUP = "lookup";
        public static final String REGEX = "regex";
        public static final String TAGGER = "tagger";

        /** An entity of unknown source, as producers before {@code source} wrote them. */
        public Entity(String type, String value, int start, int end) {
            this(type, value, start, end, null, null);
        }
    }
}
