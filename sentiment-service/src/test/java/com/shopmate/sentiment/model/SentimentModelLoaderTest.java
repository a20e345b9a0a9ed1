package com.shopmate.sentiment.model;

import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.sentiment.scoring.TrainedSentimentScorer;
import com.shopmate.text.sentiment.SentimentModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentModelLoaderTest {

    private static final List<String> TINY_PACK = List.of(TinySentimentModel.TINY_PACK);

    @Test
    void theNewestSavedModelIsServedWhenThereIsOne(@TempDir Path dir) {
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        SentimentScorer scorer = loader(dir, TINY_PACK).atStart();

        assertEquals("trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1",
                scorer.modelVersion());
    }

    @Test
    void withoutASavedModelThePackIsTrained(@TempDir Path dir) {
        SentimentScorer scorer = loader(dir, TINY_PACK).atStart();

        // Trained the same way as the test's tiny tone model: the very same version.
        assertEquals("trained-" + TinySentimentModel.tones().version() + "+lexicon-baseline-1", scorer.modelVersion());
    }

    @Test
    void aDamagedSavedModelMakesWayForThePack(@TempDir Path dir) throws Exception {
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        SentimentScorer scorer = loader(dir, TINY_PACK).atStart();

        assertInstanceOf(TrainedSentimentScorer.class, scorer);
        assertTrue(scorer.modelVersion().contains(TinySentimentModel.tones().version()), scorer.modelVersion());
    }

    @Test
    void aPackThatCannotBeTrainedLeavesTheLexicon(@TempDir Path dir) {
        SentimentScorer scorer = loader(dir, List.of("sentiment/training/no-such-file.yml")).atStart();

        assertInstanceOf(LexiconSentimentScorer.class, scorer);
        assertEquals("lexicon-baseline-1", scorer.modelVersion());
        assertEquals("negative", scorer.score("太失望了").polarity());
    }

    static SentimentModelLoader loader(Path dir, List<String> pack) {
        return new SentimentModelLoader(dir, pack, TinySentimentModel.lexicon(), 0.5);
    }
}
