package com.shopmate.tools.training.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.sentiment.SentimentPack;
import com.shopmate.tools.TestFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentTrainingMixTest {

    private static final SentimentPack PACK = SentimentPack.fromClasspath(
            SentimentTrainingMixTest.class.getClassLoader(), TestFiles.tinySentimentPackResources());

    @Test
    void theReviewsAreSampledPerLanguageAndThePackRepeatedToItsShare() {
        // 23 zh pack rows, 24 en; 400 zh reviews cut to 100; 30 en reviews kept whole.
        List<LabeledText> reviews = new ArrayList<>(reviews("差评", 200, "negative"));
        reviews.addAll(reviews("好评", 200, "positive"));
        reviews.addAll(reviews("ok ", 30, "neutral"));

        SentimentTrainingMix.Rows rows = new SentimentTrainingMix(100, 0.5).mix(PACK, reviews, 42);

        // zh: 100 / 23 = 4.3 → the pack 4 times; en: 30 / 24 → once.
        assertEquals("en: pack 24 x1 + reviews 30 of 30; zh: pack 23 x4 + reviews 100 of 400", rows.description());
        assertEquals(24 + 30 + 23 * 4 + 100, rows.rows().size());
        long negative = rows.rows().stream().filter(r -> r.label().equals("negative")).count();
        assertEquals(50, negative, "the sample keeps each label's share");
        assertTrue(rows.rows().contains(new LabeledText("我想退货", "neutral/neutral")));
    }

    @Test
    void theSameSeedSamplesTheSameReviewsAndAnotherSeedOthers() {
        List<LabeledText> reviews = reviews("还行", 300, "positive");
        SentimentTrainingMix mix = new SentimentTrainingMix(50, 0.5);

        assertEquals(mix.mix(PACK, reviews, 1).rows(), mix.mix(PACK, reviews, 1).rows());
        assertNotEquals(mix.mix(PACK, reviews, 1).rows(), mix.mix(PACK, reviews, 2).rows());
    }

    @Test
    void withoutReviewsThePackIsTrainedOnce() {
        SentimentTrainingMix.Rows rows = SentimentTrainingMix.DEFAULT.mix(PACK, List.of(), 42);

        assertEquals(PACK.examples().size(), rows.rows().size());
    }

    @Test
    void aPackShareOfOneOrMoreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SentimentTrainingMix(100, 1.0));
    }

    private static List<LabeledText> reviews(String prefix, int count, String label) {
        List<LabeledText> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new LabeledText(prefix + i, label));
        }
        return rows;
    }
}
