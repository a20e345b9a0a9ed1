package com.shopmate.nlu.model;

import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.kit.model.AnnouncementPosition;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.intent.ServedModel;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.training.IntentModels;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A new artifact's entity data takes effect when it is activated, together with its intents, never halfway. */
class ModelReloadTest {

    private static final String SHOP = """
            version: 1
            intents:
              - name: logistics_tracking
                examples:
                  zh: |
                    - 快递到哪了
                    - 物流怎么不动了
                    - 用[顺丰]{"entity":"carrier","value":"SF"}寄的
                    - 什么时候送到
                  en: [where is my parcel, tracking shows nothing]
              - name: greet
                examples:
                  zh: [你好, 在吗, 有人吗, 哈喽]
                  en: [hello, hi there]
            lookups:
              carrier: { zh: [%s] }
            """;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path models;

    @Test
    void activatingServesTheNewArtifactsLookupsWithItsIntents() {
        TrainingData before = data("顺丰");
        TextClassifier intents = IntentModels.train(before, TextClassifierConfig.defaults());
        IntentModels.save(intents, IntentModels.trainEntities(before), models, at("2026-12-01T10:00:00Z"));
        TrainedIntentClassifier classifier = new TrainedIntentClassifier(ModelSettings.models(models), ModelSettings.intents());
        ServedModel old = classifier.served();
        EntityExtractor extractor = new EntityExtractor(List.of(), Clock.systemUTC());
        assertEquals(List.of(), extractor.extract("用闪送寄", DAY, old.entities()));

        Path trained = IntentModels.save(intents, IntentModels.trainEntities(data("顺丰, 闪送")), models,
                at("2026-12-01T11:00:00Z"));
        assertEquals(old.version(), classifier.served().version(), "trained, not yet active");
        String version = classifier.model()
                .activate(trained.getFileName().toString(), (kind, v) -> new AnnouncementPosition(0, 1))
                .modelVersion();

        ServedModel now = classifier.served();
        assertEquals(List.of(new Entity("carrier", "闪送", 1, 3, Entity.LOOKUP, null)),
                extractor.extract("用闪送寄", DAY, now.entities()));
        assertEquals(version, now.version());
        assertNotEquals(old.version(), now.version(), "the entity model is part of the version");
        // An utterance that took the model before the reload finishes with that model's entities.
        assertEquals(List.of(), extractor.extract("用闪送寄", DAY, old.entities()));
    }

    private static TrainingData data(String carriers) {
        return TrainingDataLoader.load(List.of(new TrainingDataSource("shop.yml", SHOP.formatted(carriers))));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
