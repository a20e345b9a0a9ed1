package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabelScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentLabelsTest {

    @Test
    void aPolarityIsTheSumOfItsBareLabelAndItsTones() {
        List<LabelScore> ranked = List.of(new LabelScore("negative", 0.3f), new LabelScore("negative/anger", 0.25f),
                new LabelScore("neutral/neutral", 0.2f), new LabelScore("negative/frustration", 0.15f),
                new LabelScore("positive/satisfaction", 0.1f));

        assertEquals(0.7, SentimentLabels.probability(ranked, "negative"), 1e-6);
        assertEquals(0.2, SentimentLabels.probability(ranked, "neutral"), 1e-6);
        assertEquals(0.1, SentimentLabels.probability(ranked, "positive"), 1e-6);
    }

    @Test
    void aToneNamesItsPolarityAndEmotionWhileABarePolarityNamesNoEmotion() {
        assertEquals("negative/anxiety", SentimentLabels.tone("negative", "anxiety"));
        assertEquals("negative", SentimentLabels.polarityOf("negative/anxiety"));
        assertEquals(Optional.of("anxiety"), SentimentLabels.emotionOf("negative/anxiety"));
        assertEquals("positive", SentimentLabels.polarityOf("positive"));
        assertEquals(Optional.empty(), SentimentLabels.emotionOf("positive"));
    }

    @Test
    void aWriterPairsEmotionsStrictlyWhileAScorerOnlyRefusesContradictions() {
        assertTrue(SentimentLabels.fits("anxiety", "negative"));
        assertFalse(SentimentLabels.fits("anxiety", "neutral"));
        assertFalse(SentimentLabels.contradicts("anxiety", "neutral"));
        assertTrue(SentimentLabels.contradicts("anxiety", "positive"));
        assertTrue(SentimentLabels.contradicts("satisfaction", "negative"));
        assertTrue(SentimentLabels.fits("neutral", "positive"));
        assertFalse(SentimentLabels.contradicts("neutral", "negative"));
    }
}
