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

    // A model on bare polarities, as one trained on the review data sets alone was: the emotion is the lexicon's.
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
    void aToneModelGivesTheEmotionOfItsLikeliestTone() {
        TrainedSentimentScorer tones = new TrainedSentimentScorer(TinySentimentModel.tones(),
                TinySentimentModel.lexicon(), 0.5);

        // The lexicon has no cue here ("急" is one, "明天就要用" is not): the learned tone decides.
        Sentiment worried = tones.score("明天就要用了，今天能发出吗");
        Sentiment fine = tones.score("我想退货");

        assertEquals("negative", worried.polarity(), worried.toString());
        assertEquals("anxiety", worried.emotion(), worried.toString());
        assertEquals("neutral", fine.polarity(), fine.toString());
        assertEquals("neutral", fine.emotion(), fine.toString());
    }

    @Test
    void theEmotionNeverContradictsThePolarity() {
        TrainedSentimentScorer tones = new TrainedSentimentScorer(TinySentimentModel.tones(),
                TinySentimentModel.lexicon(), 0.5);

        for (String text : List.of("谢谢，太好了", "气死了，骗子", "great, thank you", "this is a scam", "在吗")) {
            Sentiment sentiment = tones.score(text);
            boolean contradicts = ("satisfaction".equals(sentiment.emotion()) && "negative".equals(sentiment.polarity()))
                    || (Set.of("anger", "frustration", "anxiety").contains(sentiment.emotion())
                    && "positive".equals(sentiment.polarity()));
            assertTrue(!contradicts, text + " " + sentiment);
        }
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
