package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainedSentimentScorerTest {

    // The dialogue service apologises first from this intensity on (shopmate.dialogue.empathy-intensity).
    private static final double APOLOGY_INTENSITY = 0.5;

    private final TrainedSentimentScorer scorer = new TrainedSentimentScorer(TinySentimentModel.classifier(),
            TinySentimentModel.lexicon(), 0.5);

    @Test
    void anAngryChineseComplaintIsNegativeAngerAndIntense() {
        Sentiment sentiment = scorer.score("气死我了，还没发货！");

        assertEquals("negative", sentiment.polarity());
        assertEquals("anger", sentiment.emotion());
        assertTrue(sentiment.intensity() >= APOLOGY_INTENSITY, sentiment.toString());
        assertTrue(sentiment.score() < 0, sentiment.toString());
    }

    @Test
    void chineseThanksIsPositiveSatisfaction() {
        Sentiment sentiment = scorer.score("谢谢，很满意");

        assertEquals("positive", sentiment.polarity());
        assertEquals("satisfaction", sentiment.emotion());
        assertTrue(sentiment.score() > 0, sentiment.toString());
    }

    @Test
    void anEnglishRefundComplaintIsNegativeAngerOrFrustration() {
        Sentiment sentiment = scorer.score("where is my refund?? this is ridiculous");

        assertEquals("negative", sentiment.polarity());
        assertTrue(Set.of("anger", "frustration").contains(sentiment.emotion()), sentiment.toString());
    }

    @Test
    void aPlainEnglishQuestionIsNeutralWithNoEmotion() {
        Sentiment sentiment = scorer.score("can I change the address on my order?");

        assertEquals("neutral", sentiment.polarity());
        assertEquals("neutral", sentiment.emotion());
    }

    @Test
    void englishThanksIsPositiveSatisfaction() {
        Sentiment sentiment = scorer.score("thank you, that was a great help");

        assertEquals("positive", sentiment.polarity());
        assertEquals("satisfaction", sentiment.emotion());
    }

    @Test
    void aChineseTextCloseToEvenOddsIsNeutral() {
        String text = "谢谢，很满意";
        double margin = Math.abs(new TrainedSentimentScorer(TinySentimentModel.classifier(),
                TinySentimentModel.lexicon(), 0).score(text).score());
        // Halfway between its margin and certainty: a band that just takes it in.
        TrainedSentimentScorer wideBand = new TrainedSentimentScorer(TinySentimentModel.classifier(),
                TinySentimentModel.lexicon(), (margin + 1) / 2);

        Sentiment sentiment = wideBand.score(text);

        assertEquals("neutral", sentiment.polarity());
        // Neutral contradicts no emotion: the thanks still reads as satisfaction.
        assertEquals("satisfaction", sentiment.emotion());
    }

    @Test
    void exclamationMarksRaiseTheIntensity() {
        // The same words, so nearly the same classifier margin: the lexicon's emphasis makes the difference.
        Sentiment calm = scorer.score("物流太慢了");
        Sentiment shouted = scorer.score("物流太慢了！！！");

        assertEquals("negative", shouted.polarity());
        assertTrue(shouted.intensity() > calm.intensity(), calm + " vs " + shouted);
    }

    @Test
    void scoreAndIntensityStayInRange() {
        for (String text : List.of("", "!!!!!!!!", "垃圾垃圾垃圾垃圾！！！！！", "love love love love", "😡😡😡", "ok")) {
            Sentiment sentiment = scorer.score(text);
            assertTrue(sentiment.score() >= -1 && sentiment.score() <= 1, text + " " + sentiment);
            assertTrue(sentiment.intensity() >= 0 && sentiment.intensity() <= 1, text + " " + sentiment);
        }
    }

    @Test
    void theModelVersionNamesTheTrainedModelAndTheLexicon() {
        assertEquals("trained-" + TinySentimentModel.classifier().version() + "+lexicon-baseline-1",
                scorer.modelVersion());
    }

    @Test
    void aModelWhoseLabelsAreNoPolaritiesIsRefused() {
        List<LabeledText> intents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            intents.add(new LabeledText("where is my order " + i, "order_status"));
            intents.add(new LabeledText("i want to return it " + i, "return_request"));
        }
        TextClassifier intentModel = TextClassifier.train(intents, SentimentClassifierConfig.defaults());

        var e = assertThrows(IllegalArgumentException.class,
                () -> new TrainedSentimentScorer(intentModel, TinySentimentModel.lexicon(), 0.5));
        assertTrue(e.getMessage().contains("not a sentiment model"), e.getMessage());
    }
}
