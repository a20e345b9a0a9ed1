package com.shopmate.sentiment.model;

import com.shopmate.kit.model.ModelFolder;
import com.shopmate.sentiment.scoring.Sentiment;
import com.shopmate.sentiment.scoring.SentimentScorer;
import com.shopmate.sentiment.scoring.TinySentimentModel;
import com.shopmate.sentiment.scoring.TrainedSentimentScorer;
import com.shopmate.text.trainingdata.SentenceKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a fresh clone serves: no saved model, so the built-in pack trained at start. Shopper messages written for
 * this test, none of them in the pack, in Chinese, English and code-switched.
 */
class BuiltInPackScoringTest {

    private static final List<String> NEUTRAL = List.of("麻烦帮我看看我的快递到哪里了", "我想把这双鞋退掉",
            "这件毛衣可以换成灰色吗", "can you tell me where my parcel is right now", "I'd like to send these jeans back",
            "我的parcel到哪里了", "这个jacket能退吗");
    private static final List<String> ANGER = List.of("你们这群骗子，把钱还给我！",
            "this shop is a total rip-off, I'm livid");
    private static final List<String> FRUSTRATION = List.of("我都问了四五遍了，还是没有人处理",
            "for the fourth time, where is my refund?", "我的parcel怎么还没到，都等一周了");
    private static final List<String> ANXIETY = List.of("很急，周六之前必须收到，能保证吗",
            "I'm worried it won't get here before my flight on Sunday");
    private static final List<String> SATISFACTION = List.of("谢谢你，问题都解决了", "brilliant, thanks for the help",
            "东西收到了，很满意，thx");

    private static SentimentScorer scorer;

    @BeforeAll
    static void start(@TempDir Path emptyModelFolder) {
        scorer = new ServedSentimentModel(new ModelFolder(emptyModelFolder),
                new SentimentModelLoader(BuiltInPack.resources(), TinySentimentModel.lexicon(), 0.5)).current();
    }

    @Test
    void withNoSavedModelTheBuiltInPackIsTrainedAndServed() {
        assertInstanceOf(TrainedSentimentScorer.class, scorer);
        assertTrue(scorer.modelVersion().startsWith("trained-"), scorer.modelVersion());
    }

    @Test
    void plainRequestsAreNeutral() {
        NEUTRAL.forEach(text -> expect(text, "neutral", "neutral"));
    }

    @Test
    void blameAndInsultsAreNegativeAnger() {
        ANGER.forEach(text -> expect(text, "negative", "anger"));
    }

    @Test
    void askingAgainAndWaitingAreNegativeFrustration() {
        FRUSTRATION.forEach(text -> expect(text, "negative", "frustration"));
    }

    @Test
    void deadlinesAndWorriesAreNegativeAnxiety() {
        ANXIETY.forEach(text -> expect(text, "negative", "anxiety"));
    }

    @Test
    void thanksArePositiveSatisfaction() {
        SATISFACTION.forEach(text -> expect(text, "positive", "satisfaction"));
    }

    @Test
    void noneOfTheseMessagesIsInThePack() {
        Set<String> pack = BuiltInPack.pack().examples().stream().map(e -> SentenceKey.of(e.text()))
                .collect(Collectors.toSet());

        List<String> inPack = Stream.of(NEUTRAL, ANGER, FRUSTRATION, ANXIETY, SATISFACTION).flatMap(List::stream)
                .filter(text -> pack.contains(SentenceKey.of(text))).toList();

        assertTrue(inPack.isEmpty(), "in the pack, so no test of generalising: " + inPack);
    }

    private static void expect(String text, String polarity, String emotion) {
        Sentiment sentiment = scorer.score(text);
        assertEquals(polarity + "/" + emotion, sentiment.polarity() + "/" + sentiment.emotion(),
                text + " → " + sentiment);
    }
}
