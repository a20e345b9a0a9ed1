package com.shopmate.text.classifier;

import java.util.ArrayList;
import java.util.List;

/** A few examples in the style of the built-in e-commerce pack, in Chinese and English (for other packages' tests too). */
public final class TinyShopSet {

    private TinyShopSet() {
    }

    public static List<LabeledText> examples() {
        List<LabeledText> out = new ArrayList<>();
        add(out, "order_status",
                "where is my order", "has my order shipped yet", "when will my package arrive",
                "track my parcel please", "what's the status of my order", "my order still hasn't come",
                "我的订单到哪了", "我的快递什么时候到", "订单发货了吗", "查一下物流", "包裹怎么还没到", "我买的东西什么时候送到");
        add(out, "return_request",
                "i want to return these shoes", "how do i send this back", "can i return an item",
                "the shirt doesn't fit, i want to return it", "start a return for my order", "return policy for jackets",
                "我要退货", "这个衣服不合适想退", "怎么申请退货", "鞋子能退吗", "我想把这个退回去", "退货流程是什么");
        add(out, "greet",
                "hello", "hi there", "good morning", "hey", "hello, anyone there?", "hi, good evening",
                "你好", "您好", "在吗", "早上好", "哈喽", "你好呀，有人吗");
        add(out, "human_agent_request",
                "let me talk to a real person", "i want a human agent", "connect me to customer service",
                "can i speak with someone", "transfer me to an agent", "get me a human please",
                "转人工", "我要人工客服", "找个真人跟我说", "人工服务", "帮我转接客服", "我不要机器人，要人工");
        return out;
    }

    private static void add(List<LabeledText> out, String label, String... texts) {
        for (String t : texts) {
            out.add(new LabeledText(t, label));
        }
    }
}
