package com.shopmate.text.training;

import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.entities.EntityModel;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One artifact holds the intent model and the entity model trained from the same data. */
class IntentModelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static TextClassifier intents;
    private static EntityModel entities;

    @BeforeAll
    static void train() {
        TrainingData data = TrainingDataLoader.load(Path.of("src/test/resources/trainingdata/greetings.yml"));
        intents = IntentModels.train(data, TextClassifierConfig.defaults());
        entities = IntentModels.trainEntities(data);
    }

    @Test
    void anArtifactHoldsBothModels(@TempDir Path models) {
        Path saved = IntentModels.save(intents, entities, models, CLOCK);

        assertEquals("20261201T100000Z-" + intents.version(), saved.getFileName().toString());
        assertEquals(intents.version(), TextClassifier.load(saved).version());
        assertEquals(entities.version(), EntityModel.load(saved).orElseThrow().version());
        assertEquals(saved, IntentModels.newest(models).orElseThrow());
    }

    @Test
    void theNewestIsNeverADirectoryStillBeingWritten(@TempDir Path models) throws IOException {
        Path saved = IntentModels.save(intents, entities, models, CLOCK);
        Files.createDirectories(models.resolve(".staging").resolve("20991231T000000Z-later"));
        Files.createDirectories(models.resolve("20991231T000000Z-later.partial-123"));

        assertEquals(saved, IntentModels.newest(models).orElseThrow());
        assertTrue(Files.notExists(models.resolve(".staging").resolve(saved.getFileName())));
    }
}
