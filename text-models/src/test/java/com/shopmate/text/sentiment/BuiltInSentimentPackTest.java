package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shopper-message pack that sentiment-service ships (sentiment-service/src/main/resources/sentiment/training). */
class BuiltInSentimentPackTest {

    private static final Path PACK = Path.of("..", "sentiment-service", "src", "main", "resources", "sentiment",
            "training");
    private static final List<String> TONES = List.of("neutral/neutral", "negative/anger", "negative/frustration",
            "negative/anxiety", "negative/neutral", "positive/satisfaction");
    private static final int MIN_CHINESE = 400;
    private static final int MIN_ENGLISH = 300;
    private static final int MIN_PER_TONE = 25;
    // Neutral requests are most of what customer service reads: a large share, but not so large that it swamps.
    private static final double MIN_NEUTRAL_SHARE = 0.35;
    private static final double MAX_NEUTRAL_SHARE = 0.55;

    private static SentimentPack pack;

    @BeforeAll
    static void loadPack() {
        // Loading validates too: a sentence listed twice or under the wrong language fails here with its file.
        pack = SentimentPack.loadDirectory(PACK);
    }

    @Test
    void eachLanguageHasSeveralHundredExamples() {
        assertTrue(count(Language.CHINESE, null) >= MIN_CHINESE, pack.describe());
        assertTrue(count(Language.ENGLISH, null) >= MIN_ENGLISH, pack.describe());
    }

    @Test
    void everyToneHasEnoughExamplesInBothLanguages() {
        for (Language language : Language.values()) {
            for (String tone : TONES) {
                assertTrue(count(language, tone) >= MIN_PER_TONE, language.code() + " " + tone + ": "
                        + pack.describe());
            }
        }
    }

    @Test
    void neutralIsALargeShareButNotMostOfEachLanguage() {
        for (Language language : Language.values()) {
            double share = (double) count(language, "neutral/neutral") / count(language, null);
            assertTrue(share >= MIN_NEUTRAL_SHARE && share <= MAX_NEUTRAL_SHARE, language.code() + ": " + share);
        }
    }

    @Test
    void chineseHasCodeSwitchedExamples() {
        assertTrue(pack.examples().stream().filter(e -> e.language() == Language.CHINESE)
                .anyMatch(e -> e.text().matches(".*[a-zA-Z]{3,}.*")), pack.describe());
    }

    private static long count(Language language, String tone) {
        return pack.examples().stream().filter(e -> e.language() == language)
                .filter(e -> tone == null || SentimentLabels.tone(e.polarity(), e.emotion()).equals(tone)).count();
    }
}
