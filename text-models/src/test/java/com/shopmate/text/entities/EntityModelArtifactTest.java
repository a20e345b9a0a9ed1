package com.shopmate.text.entities;

import com.shopmate.text.trainingdata.TrainingDataLoader;
import com.shopmate.text.trainingdata.TrainingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityModelArtifactTest {

    @TempDir
    Path dir;

    @Test
    void aSavedModelLoadsBackAndTagsTheSame() {
        EntityModel model = EntityModelTrainer.train(TrainingDataLoader.load(List.of(
                new TrainingDataSource("shop.yml", EntityModelTrainerTest.SHOP))), TaggerSettings.DEFAULTS);
        model.save(dir);

        EntityModel loaded = EntityModel.load(dir).orElseThrow();

        assertEquals(model.version(), loaded.version());
        assertEquals(model.gazetteer().entries(), loaded.gazetteer().entries());
        assertEquals(model.synonyms().asWritten(), loaded.synonyms().asWritten());
        assertEquals(model.regexes(), loaded.regexes());
        TokenizedText text = TokenizedText.of("能寄到温州吗");
        assertEquals(model.tagger().tag(text), loaded.tagger().tag(text));
    }

    @Test
    void anArtifactWithoutEntitiesHasNoEntityModel() {
        assertTrue(EntityModel.load(dir).isEmpty());
    }

    @Test
    void aDamagedModelIsRefused() throws IOException {
        EntityModel model = EntityModelTrainer.train(TrainingDataLoader.load(List.of(
                new TrainingDataSource("shop.yml", EntityModelTrainerTest.SHOP))), TaggerSettings.DEFAULTS);
        model.save(dir);
        Path metadata = dir.resolve(EntityModelArtifact.METADATA_FILE);
        Files.writeString(metadata, Files.readString(metadata).replace("顺丰速运", "顺丰快递"));

        assertThrows(IllegalStateException.class, () -> EntityModel.load(dir));
    }
}
