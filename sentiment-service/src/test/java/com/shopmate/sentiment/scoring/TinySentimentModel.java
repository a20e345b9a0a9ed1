package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.text.sentiment.SentimentPack;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentiment models trained, with the shipped configuration, on a few shopper messages, once per test JVM:
 * {@link #classifier()} on bare polarities, as a model trained on the review data sets alone was (Chinese positive
 * and negative, English positive, neutral and negative); {@link #tones()} on the tones of a tiny pack, as the
 * built-in pack is.
 */
public final class TinySentimentModel {

    /** The class-path resource of the tiny pack. */
    public static final String TINY_PACK = "sentiment/tiny-pack.yml";

    private static TextClassifier classifier;
    private static TextClassifier tones;

    private TinySentimentModel() {
    }

    public static synchronized TextClassifier classifier() {
        if (classifier == null) {
            classifier = TextClassifier.train(examples(), SentimentClassifierConfig.defaults());
        }
        return classifier;
    }

    public static synchronized TextClassifier tones() {
        if (tones == null) {
            SentimentPack pack = SentimentPack.fromClasspath(TinySentimentModel.class.getClassLoader(),
                    List.of(TINY_PACK));
            tones = TextClassifier.train(pack.tones(), SentimentClassifierConfig.defaults());
        }
        return tones;
    }

    public static LexiconSentimentScorer lexicon() {
        return new LexiconSentimentScorer(SentimentLexicon.fromClasspath("sentiment/baseline-lexicon.yml"), 0.2);
    }

    public static List<LabeledText> examples() {
        List<LabeledText> out = new ArrayList<>();
        add(out, "positive",
                "很满意，谢谢", "质量很好，非常喜欢", "物流很快，好评", "客服态度很好", "东西不错，下次还来",
                "包装完好，很满意", "非常感谢，服务很贴心", "宝贝收到了，很喜欢", "性价比高，推荐购买", "发货速度快，点赞",
                "味道很好，送餐也快", "非常好用，五星好评",
                "thanks so much, great service", "love it, works perfectly", "the package arrived early, thank you",
                "excellent support, very helpful", "really happy with my order", "awesome, thanks for the quick refund",
                "best customer service ever");
        add(out, "neutral",
                "where is my order", "can i change my delivery address", "what time do you close",
                "do you ship to canada", "how do i track my parcel", "i placed an order yesterday",
                "what sizes does this come in");
        add(out, "negative",
                "太差了，再也不买了", "气死了，一直不发货", "质量很差，要退货", "什么垃圾东西", "快递太慢了，等了一周",
                "客服态度恶劣，没人理", "东西是坏的，很失望", "你们就是骗子", "退款到现在还没到账", "送来的饭都凉了，难吃",
                "包装破损，差评", "等了两个小时还没送到",
                "this is ridiculous, still no refund", "worst service ever", "my package is lost and nobody helps",
                "terrible, the item arrived broken", "so angry, you cancelled my order for no reason",
                "still waiting for my money back, unacceptable", "the delivery is late again, awful");
        return out;
    }

    private static void add(List<LabeledText> out, String label, String... texts) {
        for (String text : texts) {
            out.add(new LabeledText(text, label));
        }
    }
}
