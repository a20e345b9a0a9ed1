package com.shopmate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract others build against, as the event-schemas jar ships it: each event has a schema and a sample, each
 * sample matches its schema and still deserialises, the samples follow one utterance through the platform with ids
 * derived as docs/events.md says, and values added later to an open list still match the schemas and decode.
 */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://shopmate.dev/schemas/", "classpath:schemas/")));

    private static final String MODEL_ACTIVATED = "model-activated.v1";

    static Stream<Class<? extends EventPayload>> events() {
        return EventContract.payloadTypes().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleMatchesItsSchema(Class<? extends EventPayload> payloadType) throws IOException {
        Set<ValidationMessage> errors = schema(payloadType).validate(JSON.readTree(EventContract.sample(payloadType)));
        assertTrue(errors.isEmpty(), () -> EventContract.fileName(payloadType) + " breaks its schema: " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleStillDeserialisesAndRoundTrips(Class<? extends EventPayload> payloadType) throws IOException {
        EventEnvelope<?> event = EventCodec.decode(EventContract.sample(payloadType), payloadType);

        assertEquals(payloadType, event.payload().getClass());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(schema(payloadType).validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decode(reEncoded.toString(), payloadType));
    }

    @Test
    void everySchemaAndSampleInTheJarBelongsToAnEvent() throws IOException {
        Set<String> expected = new TreeSet<>();
        expected.add(EventContract.ENVELOPE_SCHEMA);
        events().forEach(type -> expected.addAll(List.of(EventContract.schemaPath(type),
                EventContract.samplePath(type))));
        expected.addAll(List.of("schemas/" + MODEL_ACTIVATED + ".schema.json", "samples/" + MODEL_ACTIVATED + ".json"));

        Set<String> shipped = new TreeSet<>();
        for (String folder : List.of("schemas", "samples")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources", folder))) {
                files.forEach(file -> shipped.add(folder + "/" + file.getFileName()));
            }
        }
        assertEquals(expected, shipped, "one schema and one sample per event, nothing else");
    }

    @Test
    void samplesFollowOneUtteranceWithIdsDerivedFromTheirCause() {
        var utterance = EventCodec.decode(EventContract.sample(UtteranceReceived.class), UtteranceReceived.class);
        var intent = EventCodec.decode(EventContract.sample(IntentClassified.class), IntentClassified.class);
        var sentiment = EventCodec.decode(EventContract.sample(SentimentScored.class), SentimentScored.class);
        var reply = EventCodec.decode(EventContract.sample(ReplyComposed.class), ReplyComposed.class);

        // The worked example of docs/events.md, "How an eventId is derived".
        assertEquals("e42789ea-e163-3e10-9eb8-2998e32a9ff1", intent.eventId());
        assertEquals(EventEnvelope.derivedEventId(utterance.eventId(), IntentClassified.TYPE), intent.eventId());
        assertEquals(EventEnvelope.derivedEventId(utterance.eventId(), SentimentScored.TYPE), sentiment.eventId());
        assertEquals(EventEnvelope.derivedEventId(intent.eventId(), ReplyComposed.TYPE), reply.eventId(),
                "dialogue derives the reply from the intent it answers");
        for (var event : List.of(intent, sentiment, reply)) {
            assertEquals(utterance.conversationId(), event.conversationId());
            assertEquals(utterance.channel(), event.channel());
            assertEquals(utterance.traceparent(), event.traceparent());
        }
        assertEquals(utterance.eventId(), intent.payload().utteranceId());
        assertEquals(utterance.payload().text(), intent.payload().text());
        assertEquals(utterance.payload().messageId(), reply.payload().messageId());
    }

    @Test
    void derivedIdIsTheNameBasedUuidOfCauseSlashType() {
        // Version 3 (MD5) and the RFC 4122 variant, as a producer in another language computes it.
        var derived = UUID.fromString(EventEnvelope.derivedEventId("5b0f6a5e-7a43-4c55-9a0e-0d7d1f0c2a11",
                "IntentClassified"));
        assertEquals(3, derived.version());
        assertEquals(2, derived.variant());
        assertNotEquals(EventEnvelope.derivedEventId("a", "IntentClassified"),
                EventEnvelope.derivedEventId("a", "SentimentScored"));
    }

    @Test
    void entityOffsetsInTheSampleCountUtf16CodeUnits() {
        IntentClassified intent = EventCodec.decode(EventContract.sample(IntentClassified.class),
                IntentClassified.class).payload();
        String text = intent.text();
        var orderId = intent.entities().stream().filter(e -> e.type().equals("order_id")).findFirst().orElseThrow();

        assertEquals(orderId.value(), text.substring(orderId.start(), orderId.end()));
        assertNotEquals(orderId.start(), text.codePointCount(0, orderId.start()),
                "an emoji before the order id counts two units, so code points would be off by one");
        for (var entity : intent.entities()) {
            assertTrue(entity.start() < entity.end() && entity.end() <= text.length(), entity::toString);
        }
    }

    @Test
    void valuesAddedLaterToTheOpenListsStillMatchTheSchemasAndDecode() throws IOException {
        ObjectNode intent = (ObjectNode) JSON.readTree(EventContract.sample(IntentClassified.class));
        intent.put("channel", "kiosk");
        ObjectNode payload = (ObjectNode) intent.get("payload");
        payload.put("language", "ja").put("intent", "gift_wrap");
        ObjectNode entity = (ObjectNode) ((ArrayNode) payload.get("entities")).get(0);
        entity.put("type", "gift_message").put("source", "llm");
        ObjectNode sentiment = (ObjectNode) JSON.readTree(EventContract.sample(SentimentScored.class));
        ((ObjectNode) sentiment.get("payload")).put("polarity", "mixed").put("emotion", "curiosity");

        assertEquals(Set.of(), schema(IntentClassified.class).validate(intent));
        assertEquals(Set.of(), schema(SentimentScored.class).validate(sentiment));
        var decodedIntent = EventCodec.decode(intent.toString(), IntentClassified.class);
        var decodedSentiment = EventCodec.decode(sentiment.toString(), SentimentScored.class);

        assertEquals(Channel.of("kiosk"), decodedIntent.channel());
        assertEquals("gift_wrap", decodedIntent.payload().intent());
        assertEquals("llm", decodedIntent.payload().entities().get(0).source());
        assertEquals("curiosity", decodedSentiment.payload().emotion());
        assertEquals("kiosk", JSON.readTree(EventCodec.encode(decodedIntent)).get("channel").asText(),
                "an unknown channel is written back as it was read");
    }

    @Test
    void theSchemasExamplesOfChannelAreTheKnownChannels() throws IOException {
        JsonNode channel = JSON.readTree(EventContract.read(EventContract.ENVELOPE_SCHEMA)).at("/properties/channel");
        List<String> examples = Stream.of(JSON.treeToValue(channel.get("examples"), String[].class)).toList();
        assertEquals(Channel.KNOWN.stream().map(Channel::wireName).toList(), examples);
    }

    // ModelActivated is no conversation event: it has no envelope, so the codec reads it on its own.

    @Test
    void modelActivatedSampleMatchesItsSchemaStillDeserialisesAndRoundTrips() throws IOException {
        String sample = EventContract.read("samples/" + MODEL_ACTIVATED + ".json");
        Set<ValidationMessage> errors = modelActivatedSchema().validate(JSON.readTree(sample));
        assertTrue(errors.isEmpty(), () -> MODEL_ACTIVATED + " sample breaks its schema: " + errors);

        ModelActivated event = EventCodec.decodeModelActivated(sample);

        assertEquals("nlu", event.kind());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(modelActivatedSchema().validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decodeModelActivated(reEncoded.toString()));
    }

    @Test
    void modelActivatedWithoutRequesterStillMatchesItsSchema() throws IOException {
        String written = EventCodec.encode(ModelActivated.now("sentiment", "0a1b2c", null));

        assertTrue(modelActivatedSchema().validate(JSON.readTree(written)).isEmpty(), written);
    }

    private static JsonSchema modelActivatedSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(SchemaLocation.of("https://shopmate.dev/schemas/" + MODEL_ACTIVATED + ".schema.json"),
                config);
    }

    private static JsonSchema schema(Class<? extends EventPayload> payloadType) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(SchemaLocation.of("https://shopmate.dev/" + EventContract.schemaPath(payloadType)),
                config);
    }
}
