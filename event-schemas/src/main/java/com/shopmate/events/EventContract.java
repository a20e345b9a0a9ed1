package com.shopmate.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The contract as files in this jar, for tools and for consumers' own contract tests: every event's JSON Schema
 * ({@code schemas/<name>.schema.json}, draft 2020-12) and a committed sample ({@code samples/<name>.json}), where
 * {@code <name>} is the event type in kebab case with its version ({@code intent-classified.v1}). The events are the
 * payload records {@link EventPayload} permits, so a new event is listed as soon as it is one.
 */
public final class EventContract {

    /** The envelope every event's schema refers to. */
    public static final String ENVELOPE_SCHEMA = "schemas/envelope.v1.schema.json";

    /** The shop records ({@code com.shopmate.events.shop}) as {@code $defs} the shop events' schemas refer to. */
    public static final String SHOP_RECORDS_SCHEMA = "schemas/shop-records.v1.schema.json";

    private EventContract() {
    }

    /** Every event's payload record, in the order {@link EventPayload} permits them. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends EventPayload>> payloadTypes() {
        return Arrays.stream(EventPayload.class.getPermittedSubclasses())
                .<Class<? extends EventPayload>>map(type -> (Class<? extends EventPayload>) type)
                .toList();
    }

    /** The envelope's {@code type} of the event: {@code IntentClassified}. */
    public static String typeOf(Class<? extends EventPayload> payloadType) {
        return (String) constant(payloadType, "TYPE");
    }

    /** The envelope's {@code schemaVersion} of the event. */
    public static int versionOf(Class<? extends EventPayload> payloadType) {
        return (Integer) constant(payloadType, "VERSION");
    }

    /** {@code intent-classified.v1}: the event's name in its schema's and its sample's file names. */
    public static String fileName(Class<? extends EventPayload> payloadType) {
        String kebab = typeOf(payloadType).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return kebab + ".v" + versionOf(payloadType);
    }

    /** {@code schemas/intent-classified.v1.schema.json}, a class-path resource of this jar. */
    public static String schemaPath(Class<? extends EventPayload> payloadType) {
        return "schemas/" + fileName(payloadType) + ".schema.json";
    }

    /** {@code samples/intent-classified.v1.json}, a class-path resource of this jar. */
    public static String samplePath(Class<? extends EventPayload> payloadType) {
        return "samples/" + fileName(payloadType) + ".json";
    }

    public static String schema(Class<? extends EventPayload> payloadType) {
        return read(schemaPath(payloadType));
    }

    public static String sample(Class<? extends EventPayload> payloadType) {
        return read(samplePath(payloadType));
    }

    /** A resource of this jar as UTF-8 text. */
    public static String read(String path) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("the event-schemas jar has no " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Object constant(Class<? extends EventPayload> payloadType, String name) {
        try {
            return payloadType.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(payloadType + " declares no " + name, e);
        }
    }
}
