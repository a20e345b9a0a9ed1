package com.shopmate.bench.reco;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What shoppers write when they ask for suggestions, a few wordings per kind of request in Chinese and in English,
 * with blanks: {@code {c}} a category, {@code {b}} a budget, {@code {f}} a feature, {@code {w}} who a present is for.
 * No wording names a tag or a brand of the shop beyond its blanks: recommendation-service reads those from the text
 * as requirements, and the request would ask for more than its {@code wanted}.
 */
final class ShopperWords {

    record Wording(List<String> zh, List<String> en) {

        String pick(SplittableRandom random, boolean english) {
            List<String> wordings = english ? en : zh;
            return wordings.get(random.nextInt(wordings.size()));
        }
    }

    static final Wording CATEGORY = new Wording(
            List.of("有什么好的{c}推荐吗？", "推荐几款{c}吧", "想买{c}，有推荐吗"),
            List.of("any good {c} you'd recommend?", "can you suggest some {c}?", "I'm looking for {c}"));
    static final Wording BUDGET = new Wording(
            List.of("{b}元以内的{c}有推荐吗", "预算{b}块，想买{c}", "{c}，{b}以内的"),
            List.of("{c} under {b} yuan?", "I want {c}, budget {b} yuan", "any {c} for less than {b}?"));
    static final Wording FEATURE = new Wording(
            List.of("推荐一款{f}的{c}", "有没有{f}的{c}？"),
            List.of("{f} {c}, please", "do you have {f} {c}?"));
    static final Wording FEATURE_WITHIN_BUDGET = new Wording(
            List.of("推荐一款{b}元以内的{f}{c}", "有没有{f}的{c}，{b}以内"),
            List.of("{f} {c} under {b} yuan", "any {f} {c} for less than {b}?"));
    static final Wording GIFT = new Wording(
            List.of("想给{w}买个礼物", "{w}生日快到了，送什么好？"),
            List.of("a present for my {w}?", "what should I get my {w} for their birthday?"));
    static final Wording GIFT_WITHIN_BUDGET = new Wording(
            List.of("想给{w}买个礼物，{b}元以内", "{w}生日快到了，{b}以内送什么好？"),
            List.of("a present for my {w}, under {b} yuan?", "what can I get my {w} for less than {b}?"));
    static final Wording GIFT_OF_CATEGORY = new Wording(
            List.of("想给{w}买{c}当礼物", "送{w}的{c}，有推荐吗"),
            List.of("{c} as a present for my {w}", "which {c} would my {w} like?"));
    static final Wording GIFT_OF_CATEGORY_WITHIN_BUDGET = new Wording(
            List.of("想给{w}买{c}当礼物，{b}元以内", "送{w}的{c}，{b}以内有推荐吗"),
            List.of("{c} as a present for my {w}, under {b} yuan", "which {c} under {b} yuan would my {w} like?"));
    static final Wording SIMILAR = new Wording(
            List.of("有没有类似的？", "还有差不多的吗", "有跟这个搭配的吗"),
            List.of("anything similar?", "something like this one?", "what goes with this?"));
    static final Wording SIMILAR_IN_CATEGORY = new Wording(
            List.of("有没有类似的{c}？", "还有差不多的{c}吗"),
            List.of("any {c} like this one?", "other {c} similar to this?"));
    static final Wording FOR_ME = new Wording(
            List.of("有什么推荐给我的吗", "随便推荐点吧", "猜我喜欢什么"),
            List.of("what would you recommend for me?", "surprise me", "any suggestions for me?"));

    private ShopperWords() {
    }

    /** {@code wording} with its blanks filled in; a null value leaves its blank, which the wording must not have. */
    static String fill(String wording, String category, Integer budget, String feature, String recipient) {
        String text = wording;
        text = category != null ? text.replace("{c}", category) : text;
        text = budget != null ? text.replace("{b}", budget.toString()) : text;
        text = feature != null ? text.replace("{f}", feature) : text;
        text = recipient != null ? text.replace("{w}", recipient) : text;
        if (text.contains("{")) {
            throw new IllegalStateException("a blank left in '" + text + "'");
        }
        return text;
    }
}
