package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;

import java.util.ArrayList;
import java.util.List;

/**
 * A few shopper messages per polarity: Chinese positive and negative (as the Chinese data sets), English
 * positive, neutral and negative (as twitter_airline_sentiment). At least 20 per language, so each gets its own
 * sub-model.
 */
public final class TinySentimentSet {

    private TinySentimentSet() {
    }

    public static List<LabeledText> chinese() {
        List<LabeledText> out = new ArrayList<>();
        add(out, SentimentLabels.POSITIVE,
                "很满意，谢谢", "质量很好，非常喜欢", "物流很快，好评", "客服态度很好", "东西不错，下次还来",
                "包装完好，很满意", "非常感谢，服务很贴心", "宝贝收到了，很喜欢", "性价比高，推荐购买", "发货速度快，点赞",
                "味道很好，送餐也快", "非常好用，五星好评");
        add(out, SentimentLabels.NEGATIVE,
                "太差了，再也不买了", "气死了，一直不发货", "质量很差，要退货", "什么垃圾东西", "快递太慢了，等了一周",
                "客服态度恶劣，没人理", "东西是坏的，很失望", "你们就是骗子", "退款到现在还没到账", "送来的饭都凉了，难吃",
                "包装破损，差评", "等了两个小时还没送到");
        return out;
    }

    public static List<LabeledText> english() {
        List<LabeledText> out = new ArrayList<>();
        add(out, SentimentLabels.POSITIVE,
                "thanks so much, great service", "love it, works perfectly", "the package arrived early, thank you",
                "excellent support, very helpful", "really happy with my order", "awesome, thanks for the quick refund",
                "best customer service ever");
        add(out, SentimentLabels.NEUTRAL,
                "where is my order", "can i change my delivery address", "what time do you close",
                "do you ship to canada", "how do i track my parcel", "i placed an order yesterday",
                "what sizes does this come in");
        add(out, SentimentLabels.NEGATIVE,
                "this is ridiculous, still no refund", "worst service ever", "my package is lost and nobody helps",
                "terrible, the item arrived broken", "so angry, you cancelled my order for no reason",
                "still waiting for my money back, unacceptable", "the delivery is late again, awful");
        return out;
    }

    public static List<LabeledText> all() {
        List<LabeledText> out = new ArrayList<>(chinese());
        out.addAll(english());
        return out;
    }

    private static void add(List<LabeledText> out, String label, String... texts) {
        for (String text : texts) {
            out.add(new LabeledText(text, label));
        }
    }
}
