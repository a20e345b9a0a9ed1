package com.shopmate.sentiment.scoring;

import com.shopmate.text.sentiment.SentimentModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SentimentScorersTest {

    @Test
    void theLexiconScoresWhenNoTrainedModelIsThere(@TempDir Path dir) {
        SentimentScorer scorer = SentimentScorers.choose(dir.resolve("models"), TinySentimentModel.lexicon(), 0.5);

        assertInstanceOf(LexiconSentimentScorer.class, scorer);
        assertEquals("lexicon-baseline-1", scorer.modelVersion());
        assertEquals("negative", scorer.score("太失望了").polarity());
    }

    @Test
    void theNewestTrainedModelScoresWhenOneIsThere(@TempDir Path dir) {
        new SentimentModelStore(dir).save(TinySentimentModel.classifier());

        SentimentScorer scorer = SentimentScorers.choose(dir, TinySentimentModel.lexicon(), 0.5);

        assertInstanceOf(TrainedSentimentScorer.class, scorer);
        assertEquals("trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1",
                scorer.modelVersion());
        assertEquals("negative", scorer.score("气死我了，还没发货！").polarity());
    }
}
