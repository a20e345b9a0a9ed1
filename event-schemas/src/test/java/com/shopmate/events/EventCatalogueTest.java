package com.shopmate.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/events.md, the contract for developers in other languages, names every event, topic and channel there is. */
class EventCatalogueTest {

    private static final Path CATALOGUE = Path.of("../docs/events.md");

    @Test
    void everyEventHasItsSectionWithItsSchemaAndSample() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        for (Class<? extends EventPayload> type : EventContract.payloadTypes()) {
            String name = EventContract.fileName(type);
            assertTrue(catalogue.contains("\n### " + EventContract.typeOf(type) + "\n"),
                    "docs/events.md has a section for " + EventContract.typeOf(type));
            assertTrue(catalogue.contains(name + ".schema.json"), "docs/events.md names the schema of " + name);
            assertTrue(catalogue.contains("samples/" + name + ".json"), "docs/events.md names the sample of " + name);
        }
    }

    @Test
    void everyTopicIsNamed() throws IOException, IllegalAccessException {
        String catalogue = Files.readString(CATALOGUE);
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String topic = (String) field.get(null);
                assertTrue(catalogue.contains("`" + topic + "`"), "docs/events.md names topic " + topic);
            }
        }
    }

    @Test
    void everyKnownChannelHasARowInTheChannelTable() throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        for (Channel channel : Channel.KNOWN) {
            assertTrue(catalogue.contains("\n| `" + channel.wireName() + "` |"),
                    "docs/events.md lists channel " + channel.wireName());
        }
    }
}
