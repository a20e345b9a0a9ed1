package com.shopmate.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes events as the JSON the schemas in {@code schemas/} describe. Unknown fields are ignored and
 * unknown values of the open lists (channel, intent, entity type and source, language, polarity, emotion, and the
 * shop events' outcomes, reasons and statuses) are kept as they are, so a consumer keeps working when a producer
 * makes an additive change (docs/events.md, "Versioning").
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private EventCodec() {
    }

    public static String encode(EventEnvelope<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws UnreadableEventException when the JSON is malformed, misses a required field or carries another type
     */
    public static <P extends EventPayload> EventEnvelope<P> decode(String json, Class<P> payloadType) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("empty record", null);
        }
        String expected = EventContract.typeOf(payloadType);
        try {
            JsonNode tree = MAPPER.readTree(json);
            String actual = tree.path("type").asText(null);
            if (!expected.equals(actual)) {
                throw new UnreadableEventException("expected type " + expected + " but got " + actual, null);
            }
            int version = tree.path("schemaVersion").asInt(-1);
            int expectedVersion = EventContract.versionOf(payloadType);
            if (version != expectedVersion) {
                throw new UnreadableEventException(expected + " schemaVersion " + version + " is not "
                        + expectedVersion + ", the one this topic carries", null);
            }
            JavaType type = MAPPER.getTypeFactory().constructParametricType(EventEnvelope.class, payloadType);
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a " + expected + " event: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("not a " + expected + " event: " + e.getMessage(), e);
        }
    }

    /** {@link ModelActivated} travels without the conversation envelope: it is written as it is. */
    public static String encode(ModelActivated event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws UnreadableEventException when the JSON is malformed, misses a required field or is another event
     */
    public static ModelActivated decodeModelActivated(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("empty record", null);
        }
        try {
            JsonNode tree = MAPPER.readTree(json);
            String actual = tree.path("type").asText(null);
            if (!ModelActivated.TYPE.equals(actual)) {
                throw new UnreadableEventException("expected type " + ModelActivated.TYPE + " but got " + actual,
                        null);
            }
            int version = tree.path("schemaVersion").asInt(-1);
            if (version != ModelActivated.VERSION) {
                throw new UnreadableEventException(ModelActivated.TYPE + " schemaVersion " + version + " is not "
                        + ModelActivated.VERSION + ", the one this topic carries", null);
            }
            return MAPPER.treeToValue(tree, ModelActivated.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not a " + ModelActivated.TYPE + " event: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("not a " + ModelActivated.TYPE + " event: " + e.getMessage(), e);
        }
    }
}
