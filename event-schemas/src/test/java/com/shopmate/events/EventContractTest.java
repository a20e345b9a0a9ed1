package com.shopmate.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract others build against: each committed sample matches its JSON Schema and still deserialises. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://shopmate.dev/schemas/", "classpath:schemas/")));

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("utterance-received.v1", UtteranceReceived.class),
                Arguments.of("intent-classified.v1", IntentClassified.class),
                Arguments.of("sentiment-scored.v1", SentimentScored.class),
                Arguments.of("reply-composed.v1", ReplyComposed.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleMatchesItsSchema(String name, Class<? extends EventPayload> payloadType) throws IOException {
        Set<ValidationMessage> errors = schema(name).validate(JSON.readTree(resource("samples/" + name + ".json")));
        assertTrue(errors.isEmpty(), () -> name + " sample breaks its schema: " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleStillDeserialisesAndRoundTrips(String name, Class<? extends EventPayload> payloadType)
            throws IOException {
        String sample = resource("samples/" + name + ".json");
        EventEnvelope<?> event = EventCodec.decode(sample, payloadType);

        assertEquals(payloadType, event.payload().getClass());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(schema(name).validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decode(reEncoded.toString(), payloadType));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everySchemaIsListedInTheEventCatalogue(String name, Class<? extends EventPayload> payloadType)
            throws IOException {
        String catalogue = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/events.md"));
        assertTrue(catalogue.contains(name + ".schema.json"), "docs/events.md lists " + name);
    }

    // ModelActivated is no conversation event: it has no envelope, so the codec reads it on its own.

    @Test
    void modelActivatedSampleMatchesItsSchemaStillDeserialisesAndRoundTrips() throws IOException {
        String name = "model-activated.v1";
        String sample = resource("samples/" + name + ".json");
        Set<ValidationMessage> errors = schema(name).validate(JSON.readTree(sample));
        assertTrue(errors.isEmpty(), () -> name + " sample breaks its schema: " + errors);

        ModelActivated event = EventCodec.decodeModelActivated(sample);

        assertEquals("nlu", event.kind());
        JsonNode reEncoded = JSON.readTree(EventCodec.encode(event));
        assertTrue(schema(name).validate(reEncoded).isEmpty(), "what the codec writes matches the schema");
        assertEquals(event, EventCodec.decodeModelActivated(reEncoded.toString()));
    }

    @Test
    void modelActivatedWithoutRequesterStillMatchesItsSchema() throws IOException {
        String written = EventCodec.encode(ModelActivated.now("sentiment", "0a1b2c", null));

        assertTrue(schema("model-activated.v1").validate(JSON.readTree(written)).isEmpty(), written);
    }

    @Test
    void modelActivatedIsListedInTheEventCatalogue() throws IOException {
        String catalogue = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/events.md"));
        assertTrue(catalogue.contains("model-activated.v1.schema.json"), "docs/events.md lists model-activated.v1");
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(com.networknt.schema.SchemaLocation.of(
                "https://shopmate.dev/schemas/" + name + ".schema.json"), config);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
