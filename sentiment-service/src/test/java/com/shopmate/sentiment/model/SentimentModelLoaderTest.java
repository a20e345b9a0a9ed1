package com.shopmate.sentiment.model;

import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.text.sentiment.SentimentModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SentimentModelLoaderTest {

    private static final List<String> TINY_PACK = List.of(TinySentimentModel.TINY_PACK);

    @Test
    void aSavedVersionScoresWithTheLexiconsIntensity(@TempDir Path dir) {
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        SentimentScorer scorer = loader(TINY_PACK).load(saved);

        assertEquals("trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1",
                scorer.modelVersion());
        assertEquals("negative", scorer.score("气死我了，还没发货！").polarity());
    }

    @Test
    void theNewestIsTheVersionCreatedLast(@TempDir Path dir) {
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        assertEquals(Optional.of(saved), loader(TINY_PACK).newest(dir));
        assertEquals(Optional.empty(), loader(TINY_PACK).newest(dir.resolve("none")));
    }

    @Test
    void aDamagedVersionCannotBeLoaded(@TempDir Path dir) throws Exception {
        Path saved = new SentimentModelStore(dir).save(TinySentimentModel.classifier());
        Files.writeString(saved.resolve("model.json"), "{");

        assertThrows(RuntimeException.class, () -> loader(TINY_PACK).load(saved));
    }

    @Test
    void theBuiltInModelIsThePackTrainedNow() {
        SentimentScorer scorer = loader(TINY_PACK).builtIn();

        // Trained the same way as the test's tiny tone model: the very same version.
        assertEquals("trained-" + TinySentimentModel.tones().version() + "+lexicon-baseline-1", scorer.modelVersion());
    }

    @Test
    void aPackThatCannotBeTrainedLeavesTheLexicon() {
        SentimentScorer scorer = loader(List.of("sentiment/training/no-such-file.yml")).builtIn();

        assertInstanceOf(LexiconSentimentScorer.class, scorer);
        assertEquals("lexicon-baseline-1", scorer.modelVersion());
        assertEquals("negative", scorer.score("太失望了").polarity());
    }

    static SentimentModelLoader loader(List<String> pack) {
        return new SentimentModelLoader(pack, TinySentimentModel.lexicon(), 0.5);
    }
}
