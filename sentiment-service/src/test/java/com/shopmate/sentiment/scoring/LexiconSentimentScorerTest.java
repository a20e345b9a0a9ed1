package com.shopmate.sentiment.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconSentimentScorerTest {

    private static final SentimentLexicon BASELINE = SentimentLexicon.fromClasspath("sentiment/baseline-lexicon.yml");
    private final SentimentScorer scorer = new LexiconSentimentScorer(BASELINE, 0.2);

    @Test
    void chinesePraiseIsPositiveAndSatisfied() {
        Sentiment sentiment = scorer.score("质量很好，非常满意！");

        assertEquals("positive", sentiment.polarity());
        assertEquals("satisfaction", sentiment.emotion());
    }

    @Test
    void englishPraiseIsPositiveAndSatisfied() {
        Sentiment sentiment = scorer.score("Great service, thank you!");

        assertEquals("positive", sentiment.polarity());
        assertEquals("satisfaction", sentiment.emotion());
    }

    @Test
    void codeSwitchedPraiseIsPositive() {
        assertEquals("positive", scorer.score("这个product真的很good").polarity());
    }

    @Test
    void negatedPraiseIsNegative() {
        assertEquals("negative", scorer.score("这个客服一点也不专业").polarity());
        assertEquals("negative", scorer.score("The packaging was not good at all").polarity());
        assertEquals("negative", scorer.score("It isn't helpful").polarity());
    }

    @Test
    void negatedPraiseIsNotSatisfaction() {
        Sentiment sentiment = scorer.score("不喜欢");

        assertEquals("negative", sentiment.polarity());
        assertNotEquals("satisfaction", sentiment.emotion());
    }

    @Test
    void negatedCriticismIsNotNegative() {
        assertEquals("positive", scorer.score("质量不差").polarity());
        assertEquals("positive", scorer.score("not bad").polarity());
    }

    @Test
    void politePhrasesAreNeutral() {
        Sentiment sentiment = scorer.score("不好意思，麻烦你帮我查一下");

        assertEquals("neutral", sentiment.polarity());
        assertEquals("neutral", sentiment.emotion());
    }

    @Test
    void aPlainQuestionIsNeutralWithNoIntensity() {
        Sentiment sentiment = scorer.score("我的订单什么时候发货？");

        assertEquals(new Sentiment("neutral", 0.0, 0.0, "neutral"), sentiment);
    }

    @Test
    void anIntensifierStrengthens() {
        assertTrue(scorer.score("很好").score() > scorer.score("好").score());
        assertTrue(scorer.score("very slow").score() < scorer.score("slow").score());
    }

    @Test
    void anIntensifierAfterANegatorSoftens() {
        double notGood = scorer.score("不好").score();
        double notVeryGood = scorer.score("不太好").score();
        double veryNotGood = scorer.score("很不好").score();

        assertTrue(notVeryGood < 0 && notVeryGood > notGood, notVeryGood + " vs " + notGood);
        assertTrue(veryNotGood < notGood, veryNotGood + " vs " + notGood);
    }

    @Test
    void whatFollowsAContrastOutweighsWhatCameBefore() {
        assertEquals("negative", scorer.score("客服态度很好，但是物流太慢了").polarity());
        assertEquals("positive", scorer.score("Delivery was a bit slow but the quality is great").polarity());
    }

    @Test
    void exclamationMarksIntensify() {
        Sentiment calm = scorer.score("太差了");
        Sentiment shouted = scorer.score("太差了！！！");

        assertTrue(shouted.intensity() > calm.intensity());
        assertTrue(shouted.score() < calm.score());
    }

    @Test
    void emphasisIsTheStressOfIntensifiersAndExclamationMarks() {
        LexiconSentimentScorer lexicon = new LexiconSentimentScorer(BASELINE, 0.2);

        assertEquals(1.0, lexicon.read("物流慢").emphasis(), 1e-9);
        assertEquals(1.0, lexicon.read("我的订单什么时候发货？").emphasis(), 1e-9);
        assertTrue(lexicon.read("物流非常慢").emphasis() > 1);
        assertTrue(lexicon.read("物流慢！！").emphasis() > 1);
        assertTrue(lexicon.read("物流有点慢").emphasis() < 1);
        assertTrue(lexicon.read("so slow!!!").emphasis() > lexicon.read("so slow").emphasis());
    }

    @Test
    void theEmotionFollowsThePolarityItIsGiven() {
        LexiconSentimentScorer lexicon = new LexiconSentimentScorer(BASELINE, 0.2);
        LexiconReading thanks = lexicon.read("谢谢");

        assertEquals("satisfaction", lexicon.emotion(thanks, "positive"));
        assertEquals("satisfaction", lexicon.emotion(thanks, "neutral"));
        assertEquals("neutral", lexicon.emotion(thanks, "negative"));
    }

    @Test
    void insultsAreAnger() {
        Sentiment chinese = scorer.score("你们就是骗子，垃圾！");
        Sentiment english = scorer.score("This is a scam, absolutely ridiculous");

        assertEquals("negative", chinese.polarity());
        assertEquals("anger", chinese.emotion());
        assertEquals("negative", english.polarity());
        assertEquals("anger", english.emotion());
    }

    @Test
    void waitingAgainIsFrustration() {
        assertEquals("frustration", scorer.score("我的快递怎么还没到，都等了一周了").emotion());
        assertEquals("frustration", scorer.score("Still waiting for my parcel, again").emotion());
    }

    @Test
    void hurryIsAnxiety() {
        assertEquals("anxiety", scorer.score("我很着急，明天就要用，怎么办").emotion());
        assertEquals("anxiety", scorer.score("I'm worried, this is urgent").emotion());
    }

    @Test
    void aNegatedCueIsNoEmotion() {
        assertEquals("neutral", scorer.score("不着急，慢慢来").emotion());
    }

    @Test
    void scoreAndIntensityStayInRange() {
        for (String text : List.of("", "!!!!!!!!", "垃圾垃圾垃圾垃圾垃圾垃圾垃圾垃圾！！！！！", "love love love love love",
                "不不不不好", "😡😡😡")) {
            Sentiment sentiment = scorer.score(text);
            assertTrue(sentiment.score() >= -1 && sentiment.score() <= 1, text + " " + sentiment);
            assertTrue(sentiment.intensity() >= 0 && sentiment.intensity() <= 1, text + " " + sentiment);
        }
    }

    @Test
    void reportsTheLexiconsModelVersion() {
        assertEquals("lexicon-baseline-1", scorer.modelVersion());
    }

    @Test
    void lexiconRefusesATermThatIsBothPraiseAndCriticism() {
        var rules = new SentimentLexicon.Rules(3, 4, 0.15, 3, 1, 0.5, 1.5);
        var lexicon = new SentimentLexicon("v", rules, new SentimentLexicon.Weighted(Map.of("好", 1.0), null),
                new SentimentLexicon.Weighted(Map.of("好", 1.0), null), null, null, null, null, null);

        var e = assertThrows(IllegalArgumentException.class, () -> new LexiconSentimentScorer(lexicon, 0.2));
        assertTrue(e.getMessage().contains("already listed"), e.getMessage());
    }
}
